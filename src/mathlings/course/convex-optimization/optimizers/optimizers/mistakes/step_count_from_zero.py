"""Your bias correction uses the step count before it is increased, so the first step has t = 0
and divides by 1 − β⁰ = 0; count this step first, t ← t + 1, then correct with 1 − βᵗ.
"""


def adam_step(x, g, state, lr, beta1, beta2, eps):
    t = state["t"]
    m = beta1 * state["m"] + (1 - beta1) * g
    v = beta2 * state["v"] + (1 - beta2) * g**2
    m_hat = m / (1 - beta1**t)
    v_hat = v / (1 - beta2**t)
    return x - lr * m_hat / (np.sqrt(v_hat) + eps), {"m": m, "v": v, "t": t + 1}
