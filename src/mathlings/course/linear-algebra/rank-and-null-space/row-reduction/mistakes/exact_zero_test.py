"""You test for zero exactly (== 0 or != 0), or against a threshold far below tol·max(1, max|A|)
(a fixed 1e-15, say); in floating point a "zero" comes out as 1e-16 (or, with noise, 1e-13), so you
count pivots that are not there: treat |x| ≤ tol·max(1, max|A|) as zero.
"""

import numpy as np


def rref(A, tol=1e-10):
    R = np.array(A, dtype=float)
    m, n = R.shape
    row = 0
    for col in range(n):
        if row == m:
            break
        p = row + int(np.argmax(np.abs(R[row:, col])))
        if R[p, col] == 0:
            continue
        R[[row, p]] = R[[p, row]]
        R[row] = R[row] / R[row, col]
        for i in range(m):
            if i != row:
                R[i] = R[i] - R[i, col] * R[row]
        row += 1
    return R
