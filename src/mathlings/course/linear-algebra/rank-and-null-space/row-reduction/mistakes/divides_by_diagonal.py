"""You divide by the diagonal entry R[i][i] without checking it: when it is 0 that is a division
by zero (inf and nan with NumPy). Pick the largest |entry| at or below the current row as the pivot
(partial pivoting), and skip the column when even that is ≤ tol·max(1, max|A|).
"""


def rref(A, tol=1e-10):
    R = [[float(x) for x in row] for row in A]
    m, n = len(R), len(R[0])
    for i in range(min(m, n)):
        pivot = R[i][i]
        R[i] = [x / pivot for x in R[i]]
        for k in range(m):
            if k != i:
                factor = R[k][i]
                R[k] = [a - factor * b for a, b in zip(R[k], R[i])]
    return R
