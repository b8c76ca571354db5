import math


class Value:
    """A number that remembers how it was made, so that backward() can apply the chain rule."""

    def __init__(self, data, _children=()):
        self.data = float(data)
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = tuple(_children)

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other))

        def _backward():  # ∂(a + b)/∂a = 1, ∂(a + b)/∂b = 1
            self.grad += out.grad
            other.grad += out.grad

        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other))

        def _backward():  # ∂(ab)/∂a = b, ∂(ab)/∂b = a
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = _backward
        return out

    def __pow__(self, k):
        out = Value(self.data**k, (self,))

        def _backward():  # d(aᵏ)/da = k aᵏ⁻¹
            self.grad += k * self.data ** (k - 1) * out.grad

        out._backward = _backward
        return out

    def exp(self):
        out = Value(math.exp(self.data), (self,))

        def _backward():  # d(eᵃ)/da = eᵃ
            self.grad += out.data * out.grad

        out._backward = _backward
        return out

    def log(self):
        out = Value(math.log(self.data), (self,))

        def _backward():  # d(log a)/da = 1/a
            self.grad += out.grad / self.data

        out._backward = _backward
        return out

    def tanh(self):
        t = math.tanh(self.data)
        out = Value(t, (self,))

        def _backward():  # d(tanh a)/da = 1 − tanh²(a)
            self.grad += (1 - t**2) * out.grad

        out._backward = _backward
        return out

    def relu(self):
        out = Value(max(0.0, self.data), (self,))

        def _backward():  # relu′(a) = 1[a > 0], 0 at a = 0
            self.grad += (self.data > 0) * out.grad

        out._backward = _backward
        return out

    def backward(self):
        """Chain rule in reverse topological order: a node passes its gradient on only after
        every node that uses it has added its share."""
        topo, visited = [], set()

        def build(v):
            if v not in visited:
                visited.add(v)
                for child in v._prev:
                    build(child)
                topo.append(v)

        build(self)
        self.grad = 1.0
        for v in reversed(topo):
            v._backward()

    def __neg__(self):  # −a
        return self * -1

    def __radd__(self, other):  # c + a
        return self + other

    def __sub__(self, other):  # a − b
        return self + (-other)

    def __rsub__(self, other):  # c − a
        return other + (-self)

    def __rmul__(self, other):  # c · a
        return self * other

    def __truediv__(self, other):  # a / b = a · b⁻¹
        return self * other**-1

    def __rtruediv__(self, other):  # c / a = c · a⁻¹
        return other * self**-1

    def __repr__(self):
        return f"Value(data={self.data}, grad={self.grad})"


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
