import numpy as np


def marginals(P):
    """P(X = i) = Σⱼ P(X = i, Y = j) and P(Y = j) = Σᵢ P(X = i, Y = j): sum out the other
    variable (rows for X, columns for Y)."""
    p_x = P.sum(axis=1)
    p_y = P.sum(axis=0)
    return p_x, p_y


def y_given_x(P):
    """P(Y = j | X = i) = P(X = i, Y = j) / P(X = i): each row divided by its own total, so it
    sums to 1. Undefined (NaN) where P(X = i) = 0."""
    p_x, _ = marginals(P)
    C = np.full(P.shape, np.nan)
    seen = p_x > 0
    C[seen] = P[seen] / p_x[seen, np.newaxis]
    return C


def x_given_y(P):
    """P(X = i | Y = j) = P(X = i, Y = j) / P(Y = j): each column divided by its total."""
    return y_given_x(P.T).T
