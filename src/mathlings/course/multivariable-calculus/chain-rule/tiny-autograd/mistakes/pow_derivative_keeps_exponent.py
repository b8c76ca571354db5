"""Your ** backward uses k·aᵏ; the power rule lowers the exponent by one: d(aᵏ)/da = k·aᵏ⁻¹."""


class Value(Value):
    def __pow__(self, k):
        out = Value(self.data**k, (self,))

        def _backward():
            self.grad += k * self.data**k * out.grad

        out._backward = _backward
        return out
