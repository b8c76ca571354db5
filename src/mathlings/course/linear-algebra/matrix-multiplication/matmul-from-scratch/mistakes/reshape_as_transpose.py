"""Your transpose reshapes A to (m, n); a reshape keeps the entries in the same row-by-row order
and only cuts the rows at new places. Aᵀ moves each entry: Aᵀ[j, i] = A[i, j].
"""


def transpose(A):
    n, m = A.shape
    return A.reshape(m, n)
