"""Your __rsub__ computes a − c instead of c − a: Python calls it for `c - a` with a number c on
the left, so return other + (−self), whose derivative in a is −1.
"""


class Value(Value):
    def __rsub__(self, other):
        return self - other
