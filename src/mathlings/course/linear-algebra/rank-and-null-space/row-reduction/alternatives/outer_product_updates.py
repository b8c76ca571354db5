import numpy as np


def rref(A, tol=1e-10):
    """Each pivot step as one rank-one update of the whole matrix; leftovers that count as zero
    are left as they come out (tiny numbers), not set to 0."""
    R = np.asarray(A, dtype=np.float64).copy()
    m, n = R.shape
    zero = tol * max(1.0, np.abs(R).max(initial=0.0))
    r = 0
    for c in range(n):
        if r == m:
            break
        candidates = np.abs(R[r:, c])
        p = r + candidates.argmax()
        if candidates.max() <= zero:
            continue
        R[[r, p], :] = R[[p, r], :]
        R[r, :] /= R[r, c]
        column = R[:, c].copy()
        column[r] = 0.0
        R -= np.outer(column, R[r, :])
        r += 1
    return R


def rank(A, tol=1e-10):
    A = np.asarray(A, dtype=np.float64)
    zero = tol * max(1.0, np.abs(A).max(initial=0.0))
    R = rref(A, tol)
    return int(np.count_nonzero(np.abs(R).max(axis=1, initial=0.0) > zero))
