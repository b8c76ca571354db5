"""You eliminate with each pivot but never divide the pivot row by it; in reduced row echelon form
every pivot is 1: R[row] = R[row] / R[row, col].
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
        for i in range(m):
            if i != row:
                R[i] = R[i] - (R[i, col] / R[row, col]) * R[row]
        row += 1
    return R
