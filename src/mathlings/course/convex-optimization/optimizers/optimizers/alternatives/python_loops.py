import math


def sgd_step(x, g, state, lr):
    return [xi - lr * gi for xi, gi in zip(x, g)], dict()


def momentum_step(x, g, state, lr, mu):
    v = [mu * vi + gi for vi, gi in zip(state["v"], g)]
    x_new = [xi - lr * vi for xi, vi in zip(x, v)]
    return x_new, {"v": v}


def adam_step(x, g, state, lr, beta1, beta2, eps):
    t = state["t"] + 1
    m, v, x_new = [], [], []
    for xi, gi, mi, vi in zip(x, g, state["m"], state["v"]):
        mi = beta1 * mi + (1 - beta1) * gi
        vi = beta2 * vi + (1 - beta2) * gi * gi
        m_hat = mi / (1 - beta1**t)
        v_hat = vi / (1 - beta2**t)
        x_new.append(xi - lr * m_hat / (math.sqrt(v_hat) + eps))
        m.append(mi)
        v.append(vi)
    return x_new, {"m": m, "v": v, "t": t}


def adamw_step(x, g, state, lr, beta1, beta2, eps, weight_decay):
    t = state["t"] + 1
    m = [beta1 * mi + (1 - beta1) * gi for mi, gi in zip(state["m"], g)]
    v = [beta2 * vi + (1 - beta2) * gi**2 for vi, gi in zip(state["v"], g)]
    x_new = []
    for xi, mi, vi in zip(x, m, v):
        update = (mi / (1 - beta1**t)) / (math.sqrt(vi / (1 - beta2**t)) + eps)
        x_new.append(xi - lr * weight_decay * xi - lr * update)
    return x_new, {"m": m, "v": v, "t": t}
