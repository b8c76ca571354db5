import math


class Value:
    """A number that remembers how it was made, so that backward() can apply the chain rule."""

    def __init__(self, data, _children=()):
        raise NotImplementedError("write Value(data): .data, .grad = 0.0, and what made it")

    def __add__(self, other):
        """a + b, b a Value or a number; ∂/∂a = 1, ∂/∂b = 1"""
        raise NotImplementedError("write Value.__add__")

    def __radd__(self, other):
        """c + a, c a number"""
        raise NotImplementedError("write Value.__radd__")

    def __sub__(self, other):
        """a − b"""
        raise NotImplementedError("write Value.__sub__")

    def __rsub__(self, other):
        """c − a"""
        raise NotImplementedError("write Value.__rsub__")

    def __mul__(self, other):
        """a · b; ∂/∂a = b, ∂/∂b = a"""
        raise NotImplementedError("write Value.__mul__")

    def __rmul__(self, other):
        """c · a"""
        raise NotImplementedError("write Value.__rmul__")

    def __truediv__(self, other):
        """a / b"""
        raise NotImplementedError("write Value.__truediv__")

    def __rtruediv__(self, other):
        """c / a"""
        raise NotImplementedError("write Value.__rtruediv__")

    def __neg__(self):
        """−a"""
        raise NotImplementedError("write Value.__neg__")

    def __pow__(self, k):
        """aᵏ for a number k; d/da = k aᵏ⁻¹"""
        raise NotImplementedError("write Value.__pow__")

    def exp(self):
        """eᵃ"""
        raise NotImplementedError("write Value.exp")

    def log(self):
        """log a (natural)"""
        raise NotImplementedError("write Value.log")

    def tanh(self):
        """tanh a"""
        raise NotImplementedError("write Value.tanh")

    def relu(self):
        """max(0, a); its slope is 1[a > 0], 0 at a = 0"""
        raise NotImplementedError("write Value.relu")

    def backward(self):
        """Set self.grad = 1, then fill in .grad of every node this one was made from."""
        raise NotImplementedError("write Value.backward")


# --- the driver the checker calls: do not change it ---------------------------------------------


def gradients(program, inputs):
    """Build the expression `program` describes with Value, run backward() on its last node and
    return (that node's data, [the grad of each input])."""
    nodes = [Value(x) for x in inputs]
    for step in program:
        op = step[0]
        if op == "add":
            node = nodes[step[1]] + nodes[step[2]]
        elif op == "sub":
            node = nodes[step[1]] - nodes[step[2]]
        elif op == "mul":
            node = nodes[step[1]] * nodes[step[2]]
        elif op == "div":
            node = nodes[step[1]] / nodes[step[2]]
        elif op == "add_number":
            node = nodes[step[1]] + step[2]
        elif op == "sub_number":
            node = nodes[step[1]] - step[2]
        elif op == "mul_number":
            node = nodes[step[1]] * step[2]
        elif op == "div_number":
            node = nodes[step[1]] / step[2]
        elif op == "number_add":
            node = step[1] + nodes[step[2]]
        elif op == "number_sub":
            node = step[1] - nodes[step[2]]
        elif op == "number_mul":
            node = step[1] * nodes[step[2]]
        elif op == "number_div":
            node = step[1] / nodes[step[2]]
        elif op == "pow":
            node = nodes[step[1]] ** step[2]
        elif op == "neg":
            node = -nodes[step[1]]
        elif op == "exp":
            node = nodes[step[1]].exp()
        elif op == "log":
            node = nodes[step[1]].log()
        elif op == "tanh":
            node = nodes[step[1]].tanh()
        elif op == "relu":
            node = nodes[step[1]].relu()
        else:
            raise ValueError(f"unknown op {op!r}")
        nodes.append(node)
    out = nodes[-1]
    out.backward()
    return out.data, [x.grad for x in nodes[: len(inputs)]]
