"""You added ε to √v before the bias correction, η·√(1 − β₂ᵗ)/(1 − β₁ᵗ)·m / (√v + ε): that is
TF/Keras's "epsilon hat" convention (Kingma and Ba's ε̂); torch adds ε after correcting,
η m̂ / (√v̂ + ε).
"""


def adam_step(x, g, state, lr, beta1, beta2, eps):
    t = state["t"] + 1
    m = beta1 * state["m"] + (1 - beta1) * g
    v = beta2 * state["v"] + (1 - beta2) * g**2
    step_size = lr * np.sqrt(1 - beta2**t) / (1 - beta1**t)
    return x - step_size * m / (np.sqrt(v) + eps), {"m": m, "v": v, "t": t}
