"""You divided s by n; the standard deviation of a mean shrinks like 1/√n, so SE = s/√n
(Var[x̄] = σ²/n, and the root of that is σ/√n)."""


def standard_error(x):
    n = len(x)
    if n < 2:
        raise ValueError("n < 2")
    s = np.sqrt(np.sum((x - np.mean(x)) ** 2) / (n - 1))
    return float(s / n)
