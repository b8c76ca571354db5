"""Fault: return a list nested a hundred thousand levels deep."""


def covariance(X):
    value = 0.0
    for _ in range(100_000):
        value = [value]
    return value
