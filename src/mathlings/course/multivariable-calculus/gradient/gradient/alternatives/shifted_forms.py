import numpy as np


def quadratic_form_grad(A, x):
    return A @ x + x @ A


def logsumexp_grad(z):
    z = np.asarray(z, dtype=float)
    top = z.max()
    lse = top + np.log(np.sum(np.exp(z - top)))
    return np.exp(z - lse)


def logistic_loss(X, y, w):
    total = 0.0
    for x_i, y_i in zip(X, y):
        m = y_i * float(x_i @ w)
        if m < 0:  # log(1 + e^(−m)) = −m + log(1 + e^m), with e^m < 1
            total += -m + np.log1p(np.exp(m))
        else:
            total += np.log1p(np.exp(-m))
    return total / len(y)


def logistic_loss_grad(X, y, w):
    n, d = X.shape
    grad = np.zeros(d)
    for x_i, y_i in zip(X, y):
        m = y_i * float(x_i @ w)
        # σ(−m), written so that the exponential taken is never above 1
        s = np.exp(-m) / (1.0 + np.exp(-m)) if m >= 0 else 1.0 / (1.0 + np.exp(m))
        grad -= s * y_i * x_i
    return grad / n
