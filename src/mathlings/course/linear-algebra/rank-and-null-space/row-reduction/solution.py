import numpy as np


def rref(A, tol=1e-10):
    """Reduced row echelon form R of A by Gauss–Jordan elimination with partial pivoting.

    Column by column, left to right, with `row` the next row to fill:
      pivot row p = the row at or below `row` with the largest |entry| in this column;
      if |R[p, col]| ≤ tol·max(1, max|A|) the column has no pivot (its entries count as 0);
      else swap row p up to `row`, divide it by the pivot (the pivot becomes 1), and subtract
      R[i, col] × (pivot row) from every other row i (the rest of the column becomes 0).
    """
    R = np.array(A, dtype=float)  # a copy: the caller's A stays as it was
    m, n = R.shape
    zero = tol * max(1.0, float(np.max(np.abs(R)))) if R.size else tol
    row = 0
    for col in range(n):
        if row == m:
            break
        p = row + int(np.argmax(np.abs(R[row:, col])))
        if abs(R[p, col]) <= zero:
            R[row:, col] = 0.0  # no pivot in this column: what is left of it counts as 0
            continue
        R[[row, p]] = R[[p, row]]
        R[row] = R[row] / R[row, col]
        for i in range(m):
            if i != row:
                R[i] = R[i] - R[i, col] * R[row]
        row += 1
    return R


def rank(A, tol=1e-10):
    """rank(A) = the number of pivots = the number of nonzero rows of rref(A)."""
    R = rref(A, tol)
    return sum(1 for r in R if np.any(r != 0.0))
