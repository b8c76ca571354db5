import numpy as np


def null_space(A):
    """A basis of null(A) = {x : Ax = 0} as the columns of an (n, k) matrix, k = n − rank(A)."""
    raise NotImplementedError("write null_space(A)")
