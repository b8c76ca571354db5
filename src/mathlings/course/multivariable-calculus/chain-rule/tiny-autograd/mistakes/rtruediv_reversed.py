"""Your __rtruediv__ computes a / c instead of c / a: Python calls it for `c / a` with a number c
on the left, so return c · a⁻¹, whose derivative in a is −c/a².
"""


class Value(Value):
    def __rtruediv__(self, other):
        return self / other
