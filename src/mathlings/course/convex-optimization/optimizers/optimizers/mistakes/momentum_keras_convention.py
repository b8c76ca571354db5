"""You stored the velocity in the other convention, v ← μv − ηg, x ← x + v (Sutskever et al., and
Keras's SGD): torch.optim.SGD keeps v ← μv + g and steps x ← x − ηv, so its buffer is yours
divided by −η (the two agree on x only while η never changes).
"""


def momentum_step(x, g, state, lr, mu):
    v = mu * state["v"] - lr * g
    return x + v, {"v": v}
