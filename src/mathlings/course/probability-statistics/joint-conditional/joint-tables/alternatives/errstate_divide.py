import numpy as np


def marginals(P):
    return np.sum(P, axis=1), np.sum(P, axis=0)


def y_given_x(P):
    with np.errstate(divide="ignore", invalid="ignore"):
        C = P / P.sum(axis=1, keepdims=True)
    C[P.sum(axis=1) == 0, :] = np.nan
    return C


def x_given_y(P):
    with np.errstate(divide="ignore", invalid="ignore"):
        D = P / P.sum(axis=0, keepdims=True)
    D[:, P.sum(axis=0) == 0] = np.nan
    return D
