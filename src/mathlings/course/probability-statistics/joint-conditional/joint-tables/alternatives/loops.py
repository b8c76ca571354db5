import math

import numpy as np


def marginals(P):
    m, k = P.shape
    p_x = [sum(P[i, j] for j in range(k)) for i in range(m)]
    p_y = [sum(P[i, j] for i in range(m)) for j in range(k)]
    return p_x, p_y


def y_given_x(P):
    m, k = P.shape
    p_x, _ = marginals(P)
    return [[P[i, j] / p_x[i] if p_x[i] > 0 else math.nan for j in range(k)] for i in range(m)]


def x_given_y(P):
    m, k = P.shape
    _, p_y = marginals(P)
    return np.array(
        [[P[i, j] / p_y[j] if p_y[j] > 0 else math.nan for j in range(k)] for i in range(m)]
    )
