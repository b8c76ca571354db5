"""You put ε inside the square root, √(v̂ + ε); torch.optim.Adam adds it after the root:
x − η m̂ / (√v̂ + ε).
"""


def adam_step(x, g, state, lr, beta1, beta2, eps):
    t = state["t"] + 1
    m = beta1 * state["m"] + (1 - beta1) * g
    v = beta2 * state["v"] + (1 - beta2) * g**2
    m_hat = m / (1 - beta1**t)
    v_hat = v / (1 - beta2**t)
    return x - lr * m_hat / np.sqrt(v_hat + eps), {"m": m, "v": v, "t": t}
