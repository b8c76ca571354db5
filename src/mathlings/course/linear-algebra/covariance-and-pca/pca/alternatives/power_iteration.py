import numpy as np


def pca(X, k):
    """Power iteration with deflation: repeat v ← Cv/‖Cv‖ to find the top eigenvector, remove it
    (C ← C − λ vvᵀ), repeat. Returns plain lists."""
    n, d = X.shape
    mu = [sum(X[i, j] for i in range(n)) / n for j in range(d)]
    Xc = np.array([[X[i, j] - mu[j] for j in range(d)] for i in range(n)])
    C = Xc.T @ Xc / n
    total = float(np.trace(C))
    components, ratios = [], []
    for _ in range(k):
        v = np.arange(1.0, d + 1) + 0.5
        v = v / np.linalg.norm(v)
        for _ in range(500):
            w = C @ v
            v = w / np.linalg.norm(w)
        lam = float(v @ C @ v)
        components.append(v.tolist())
        ratios.append(lam / total)
        C = C - lam * np.outer(v, v)
    Z = (Xc @ np.array(components).T).tolist()
    return components, ratios, Z
