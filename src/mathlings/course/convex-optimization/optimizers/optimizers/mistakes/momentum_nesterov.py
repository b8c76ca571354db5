"""You took a Nesterov step, x ← x − η(g + μv): that is torch.optim.SGD(nesterov=True); plain
momentum steps along the buffer itself, x ← x − ηv with v ← μv + g.
"""


def momentum_step(x, g, state, lr, mu):
    v = mu * state["v"] + g
    return x - lr * (g + mu * v), {"v": v}
