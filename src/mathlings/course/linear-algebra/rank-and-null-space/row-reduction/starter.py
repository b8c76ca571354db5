import numpy as np


def rref(A, tol=1e-10):
    """The reduced row echelon form of A, by Gauss–Jordan elimination with partial pivoting."""
    raise NotImplementedError("write rref(A, tol)")


def rank(A, tol=1e-10):
    """rank(A) = the number of pivots in rref(A, tol)."""
    raise NotImplementedError("write rank(A, tol)")
