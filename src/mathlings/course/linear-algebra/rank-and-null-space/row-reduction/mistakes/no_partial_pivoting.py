"""You take the pivot from the current row without looking below it; when that entry is 0 (or
tiny) but a lower row's is not, swap up the row with the largest |entry| in the column (partial
pivoting).
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
        if abs(R[row, col]) <= zero:
            continue
        R[row] = R[row] / R[row, col]
        for i in range(m):
            if i != row:
                R[i] = R[i] - R[i, col] * R[row]
        row += 1
    return R
