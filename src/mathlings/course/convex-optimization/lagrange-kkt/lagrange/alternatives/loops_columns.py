import numpy as np


def solve_kkt(Q, c, A, b):
    """Fill the (n + m) x (n + m) KKT matrix entry by entry, return columns (n x 1, m x 1)."""
    n, m = len(Q), len(A)
    K = [[0.0] * (n + m) for _ in range(n + m)]
    for i in range(n):
        for j in range(n):
            K[i][j] = Q[i][j]
    for k in range(m):
        for j in range(n):
            K[n + k][j] = A[k][j]
            K[j][n + k] = A[k][j]
    rhs = [-c[i] for i in range(n)] + [b[k] for k in range(m)]
    z = np.linalg.solve(np.array(K), np.array(rhs))
    return z[:n].reshape(n, 1), z[n:].reshape(m, 1)
