"""Your backward() never sets out.grad = 1.0, the derivative of the output with respect to
itself: every gradient starts from it, so without it they all stay 0.
"""


class Value(Value):
    def backward(self):
        topo, visited = [], set()

        def build(v):
            if v not in visited:
                visited.add(v)
                for child in v._prev:
                    build(child)
                topo.append(v)

        build(self)
        for v in reversed(topo):
            v._backward()
