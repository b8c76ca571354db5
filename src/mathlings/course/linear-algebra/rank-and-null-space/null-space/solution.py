import numpy as np


def null_space(A):
    """A basis of null(A) = {x in ℝⁿ : Ax = 0}, as the columns of an (n, k) matrix N.

    SVD: A = U Σ Vᵀ. The rows of Vᵀ are an orthonormal basis of ℝⁿ; A sends row i of Vᵀ to σᵢ
    times column i of U. So the rows whose σᵢ is 0 (numerically: ≤ σ₁·max(m, n)·eps, as
    np.linalg.matrix_rank counts) are sent to 0, and they span the null space.
    Rank–nullity: k = n − rank(A).
    """
    m, n = A.shape
    U, sigma, Vt = np.linalg.svd(A)  # Vt is n x n
    tol = sigma.max(initial=0.0) * max(m, n) * np.finfo(float).eps
    r = int(np.sum(sigma > tol))  # rank(A)
    return Vt[r:].T  # the last n − r rows of Vᵀ, as columns: shape (n, n − r)
