import numpy as np


def marginals(P):
    """(p_x, p_y): the row sums P(X = i) and the column sums P(Y = j) of the joint table P."""
    raise NotImplementedError("write marginals(P)")


def y_given_x(P):
    """C[i, j] = P(Y = j | X = i) = P[i, j] / P(X = i); a row with P(X = i) = 0 is NaN."""
    raise NotImplementedError("write y_given_x(P)")


def x_given_y(P):
    """D[i, j] = P(X = i | Y = j) = P[i, j] / P(Y = j); a column with P(Y = j) = 0 is NaN."""
    raise NotImplementedError("write x_given_y(P)")
