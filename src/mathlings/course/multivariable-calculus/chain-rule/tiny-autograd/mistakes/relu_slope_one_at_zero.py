"""Your relu gives slope 1 at exactly a = 0 (a >= 0); this drill follows PyTorch, whose relu′(0)
is 0: use a > 0. (Any value in [0, 1] is a subgradient there: it is a convention, and the task
fixes it.)
"""


class Value(Value):
    def relu(self):
        out = Value(max(0.0, self.data), (self,))

        def _backward():
            self.grad += (self.data >= 0) * out.grad

        out._backward = _backward
        return out
