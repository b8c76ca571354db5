def covariance(X):
    """Entry by entry, in plain Python, returned as nested lists."""
    n, d = len(X), len(X[0])
    mu = [sum(X[i][j] for i in range(n)) / n for j in range(d)]
    return [
        [sum((X[i][j] - mu[j]) * (X[i][k] - mu[k]) for i in range(n)) / n for k in range(d)]
        for j in range(d)
    ]
