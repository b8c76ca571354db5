def rref(A, tol=1e-10):
    """Forward elimination with partial pivoting to echelon form, then a backward pass that scales
    each pivot to 1 and clears above it; plain Python lists throughout."""
    R = [[float(x) for x in row] for row in A]
    m = len(R)
    n = len(R[0]) if m else 0
    biggest = max((abs(x) for row in R for x in row), default=0.0)
    zero = tol * max(1.0, biggest)
    pivots = []  # (row, col)
    row = 0
    for col in range(n):
        if row >= m:
            break
        best = max(range(row, m), key=lambda i: abs(R[i][col]))
        if abs(R[best][col]) <= zero:
            for i in range(row, m):
                R[i][col] = 0.0
            continue
        R[row], R[best] = R[best], R[row]
        for i in range(row + 1, m):
            factor = R[i][col] / R[row][col]
            R[i] = [a - factor * b for a, b in zip(R[i], R[row])]
            R[i][col] = 0.0
        pivots.append((row, col))
        row += 1
    for prow, pcol in reversed(pivots):
        p = R[prow][pcol]
        R[prow] = [x / p for x in R[prow]]
        for i in range(prow):
            factor = R[i][pcol]
            R[i] = [a - factor * b for a, b in zip(R[i], R[prow])]
            R[i][pcol] = 0.0
    return R


def rank(A, tol=1e-10):
    R = rref(A, tol)
    return sum(1 for row in R if any(x != 0.0 for x in row))
