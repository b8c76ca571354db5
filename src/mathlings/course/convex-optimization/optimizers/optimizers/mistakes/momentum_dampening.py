"""You damped the gradient, v ← μv + (1 − μ)g (an exponential average, as in Adam's m):
torch.optim.SGD with its default dampening = 0 adds the whole gradient, v ← μv + g.
"""


def momentum_step(x, g, state, lr, mu):
    v = mu * state["v"] + (1 - mu) * g
    return x - lr * v, {"v": v}
