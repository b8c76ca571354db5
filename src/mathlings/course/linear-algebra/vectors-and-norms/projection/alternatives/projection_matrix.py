"""Through the projection matrix P = b bᵀ / (bᵀb), built from b as an n x 1 column; the residual
is (I − P) a."""

import numpy as np


def projection_matrix(b):
    column = np.asarray(b, dtype=float).reshape(-1, 1)
    length_squared = (column.T @ column).item()
    if length_squared == 0.0:
        raise ValueError("b must not be the zero vector")
    return column @ column.T / length_squared


def project(a, b):
    return projection_matrix(b) @ a


def residual(a, b):
    P = projection_matrix(b)
    return (np.eye(len(b)) - P) @ a
