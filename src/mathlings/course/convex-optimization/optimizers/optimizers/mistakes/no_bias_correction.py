"""You left out the bias correction: m and v start at 0, so early on they are too small by the
factors 1 − β₁ᵗ and 1 − β₂ᵗ; divide them, m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ), before the step.
"""


def adam_step(x, g, state, lr, beta1, beta2, eps):
    t = state["t"] + 1
    m = beta1 * state["m"] + (1 - beta1) * g
    v = beta2 * state["v"] + (1 - beta2) * g**2
    return x - lr * m / (np.sqrt(v) + eps), {"m": m, "v": v, "t": t}
