import numpy as np


def project(v, y):
    """The closest α to v with α ≥ 0 and yᵀα = 0: α = max(0, v − τy) for the τ with
    φ(τ) = yᵀ max(0, v − τy) = 0. φ is piecewise linear and decreasing, with kinks at τ = yᵢvᵢ:
    find the two kinks around its root and interpolate."""
    kinks = np.sort(y * v)
    kinks = np.concatenate([[kinks[0] - 1.0], kinks, [kinks[-1] + 1.0]])
    phi = np.maximum(0.0, v[None, :] - kinks[:, None] * y[None, :]) @ y
    k = np.flatnonzero(phi <= 0)[0]  # φ(kinks[k]) ≤ 0 < φ(kinks[k − 1])
    if phi[k] == 0 or k == 0:
        tau = kinks[k]
    else:
        tau = kinks[k - 1] + phi[k - 1] / (phi[k - 1] - phi[k]) * (kinks[k] - kinks[k - 1])
    return np.maximum(0.0, v - tau * y)


def svm_dual(X, y):
    """Accelerated projected gradient ascent on the dual (FISTA, momentum restarted whenever it
    points uphill on the negated dual), step 1/λ_max(G)."""
    Z = y[:, None] * X
    G = Z @ Z.T
    step = 1.0 / np.linalg.eigvalsh(G)[-1]
    alpha = previous = np.zeros(len(y))
    k = 0
    for _ in range(50000):
        k += 1
        momentum = alpha + (k - 1) / (k + 2) * (alpha - previous)
        previous = alpha
        alpha = project(momentum + step * (1.0 - G @ momentum), y)
        if (momentum - alpha) @ (alpha - previous) > 0:
            k = 0
        if np.linalg.norm(alpha - previous) < 1e-12:
            break
    w = Z.T @ alpha
    support = set(np.flatnonzero(alpha > 1e-4))  # a set of indices: the task allows it
    b = float(np.mean([y[i] - w @ X[i] for i in support]))
    return w, b, support
