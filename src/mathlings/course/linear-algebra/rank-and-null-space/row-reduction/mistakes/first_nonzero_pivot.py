"""You pivot on the first entry that is not zero; dividing by a tiny pivot (here 3e-10) blows
rounding errors up by 1/pivot: take the row with the LARGEST |entry| in the column (partial
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
        p = row
        while p < m and abs(R[p, col]) <= zero:
            p += 1
        if p == m:
            R[row:, col] = 0.0
            continue
        R[[row, p]] = R[[p, row]]
        R[row] = R[row] / R[row, col]
        for i in range(m):
            if i != row:
                R[i] = R[i] - R[i, col] * R[row]
        row += 1
    return R
