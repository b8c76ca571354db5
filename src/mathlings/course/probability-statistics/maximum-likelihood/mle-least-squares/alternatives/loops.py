import math


def gaussian_nll(X, y, w, b, sigma):
    total = 0.0
    for row, target in zip(X, y):
        mean = float(row @ w) + b
        total += (target - mean) ** 2 / (2 * sigma * sigma) + math.log(sigma)
    return total + len(y) * 0.5 * math.log(2 * math.pi)


def bernoulli_nll(X, y, w, b):
    total = 0.0
    for row, label in zip(X, y):
        z = float(row @ w) + b
        softplus = max(z, 0.0) + math.log1p(math.exp(-abs(z)))
        total += softplus - label * z
    return total
