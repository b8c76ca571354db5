"""Your backward() calls each node's _backward as soon as it reaches it from the output, before
every node that uses it has added its share of the gradient: sort the nodes topologically and go
through them in reverse, so a node passes its gradient on only when it is complete.
"""


class Value(Value):
    def backward(self):
        self.grad = 1.0
        visited = set()

        def visit(v):
            if v in visited:
                return
            visited.add(v)
            v._backward()
            for child in v._prev:
                visit(child)

        visit(self)
