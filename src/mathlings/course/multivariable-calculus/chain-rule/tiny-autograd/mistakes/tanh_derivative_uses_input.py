"""Your tanh backward uses 1 − a² with the input a; the derivative is 1 − tanh²(a), the square of
the output t = tanh(a).
"""

import math


class Value(Value):
    def tanh(self):
        out = Value(math.tanh(self.data), (self,))

        def _backward():
            self.grad += (1 - self.data**2) * out.grad

        out._backward = _backward
        return out
