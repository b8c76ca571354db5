"""You used the 1/(2n) convention, L = (1/2n) Σᵢ rᵢ² (so that the 2 cancels in the gradient); this
drill's loss is the plain mean, L = (1/n) Σᵢ rᵢ², with dw = (2/n) Xᵀr and db = (2/n) Σᵢ rᵢ.
"""


def mse_loss(X, y, w, b):
    n = X.shape[0]
    r = X @ w + b - y
    return float(r @ r / (2 * n))
