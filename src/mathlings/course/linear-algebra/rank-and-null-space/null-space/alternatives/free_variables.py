import numpy as np


def rref_with_pivots(A, tol=1e-10):
    """Gauss–Jordan with partial pivoting; returns R and the pivot columns."""
    R = np.array(A, dtype=float)
    m, n = R.shape
    zero = tol * max(1.0, np.max(np.abs(R))) if R.size else tol
    pivots = []
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
        pivots.append(col)
        row += 1
    return R, pivots


def null_space(A):
    """One basis vector per free column f: x_f = 1, the other free variables 0, and each pivot
    variable solved from its row of R: x_pivot = −R[row, f]. Not orthonormal, and that is fine."""
    R, pivots = rref_with_pivots(A)
    n = R.shape[1]
    free = [j for j in range(n) if j not in pivots]
    vectors = []
    for f in free:
        x = [0.0] * n
        x[f] = 1.0
        for row, p in enumerate(pivots):
            x[p] = -R[row, f]
        vectors.append(x)
    return np.array(vectors, dtype=float).reshape(len(free), n).T
