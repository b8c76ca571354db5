"""You eliminate only below each pivot, which gives an echelon form; the REDUCED form also clears
the entries above each pivot, so a pivot is the only nonzero entry in its column.
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
        for i in range(row + 1, m):
            R[i] = R[i] - R[i, col] * R[row]
        row += 1
    return R
