import numpy as np


def project(a, b):
    if not np.any(b):
        raise ValueError("b is zero")
    scale = np.dot(a, b) / np.dot(b, b)
    return scale * b


def residual(a, b):
    if not np.any(b):
        raise ValueError("b is zero")
    return a - np.dot(a, b) / np.dot(b, b) * b
