"""Every operation written out with its own backward closure, an iterative depth-first
topological sort, and grads kept on the nodes; math for the functions."""

import math


class Value:
    def __init__(self, data, children=(), backward=None):
        self.data = data * 1.0
        self.grad = 0.0
        self.children = children
        self._step = backward

    def _make(self, data, children, backward):
        out = Value(data, children)
        out._step = lambda: backward(out)
        return out

    def __add__(self, other):
        if not isinstance(other, Value):
            other = Value(other)

        def back(out):
            self.grad = self.grad + out.grad
            other.grad = other.grad + out.grad

        return self._make(self.data + other.data, (self, other), back)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if not isinstance(other, Value):
            other = Value(other)

        def back(out):
            self.grad += out.grad
            other.grad -= out.grad

        return self._make(self.data - other.data, (self, other), back)

    def __rsub__(self, other):
        return Value(other).__sub__(self)

    def __mul__(self, other):
        if not isinstance(other, Value):
            other = Value(other)

        def back(out):
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        return self._make(self.data * other.data, (self, other), back)

    def __rmul__(self, other):
        return self * other

    def __truediv__(self, other):
        if not isinstance(other, Value):
            other = Value(other)

        def back(out):
            self.grad += out.grad / other.data
            other.grad -= out.grad * self.data / other.data**2

        return self._make(self.data / other.data, (self, other), back)

    def __rtruediv__(self, other):
        return Value(other) / self

    def __neg__(self):
        def back(out):
            self.grad -= out.grad

        return self._make(-self.data, (self,), back)

    def __pow__(self, k):
        def back(out):
            self.grad += k * self.data ** (k - 1) * out.grad

        return self._make(self.data**k, (self,), back)

    def exp(self):
        def back(out):
            self.grad += out.data * out.grad

        return self._make(math.exp(self.data), (self,), back)

    def log(self):
        def back(out):
            self.grad += out.grad / self.data

        return self._make(math.log(self.data), (self,), back)

    def tanh(self):
        def back(out):
            self.grad += (1 - out.data**2) * out.grad

        return self._make(math.tanh(self.data), (self,), back)

    def relu(self):
        def back(out):
            if self.data > 0:
                self.grad += out.grad

        return self._make(self.data if self.data > 0 else 0.0, (self,), back)

    def backward(self):
        order, done = [], set()
        stack = [(self, False)]
        while stack:
            node, expanded = stack.pop()
            if expanded:
                order.append(node)
                continue
            if id(node) in done:
                continue
            done.add(id(node))
            stack.append((node, True))
            for child in node.children:
                if id(child) not in done:
                    stack.append((child, False))
        self.grad = 1.0
        for node in reversed(order):
            if node._step is not None:
                node._step()


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
