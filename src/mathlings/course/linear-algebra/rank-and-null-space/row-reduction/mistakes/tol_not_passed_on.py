"""Your rank(A, tol) ignores its tol (it calls rref(A) with the default); pass it on:
rref(A, tol), so a caller can decide how small counts as zero.
"""

import numpy as np


def rref(A, tol=1e-10):
    R = np.array(A, dtype=float)
    m, n = R.shape
    zero = tol * max(1.0, float(np.max(np.abs(R)))) if R.size else tol
    row = 0
    for col in range(n):
        if row == m:
            break
        p = row + int(np.argmax(np.abs(R[row:, col])))
        if abs(R[p, col]) <= zero:
            R[row:, col] = 0.0
            continue
        R[[row, p]] = R[[p, row]]
        R[row] = R[row] / R[row, col]
        for i in range(m):
            if i != row:
                R[i] = R[i] - R[i, col] * R[row]
        row += 1
    return R


def rank(A, tol=1e-10):
    R = rref(A)
    return sum(1 for r in R if np.any(r != 0.0))
