import numpy as np
import scipy.linalg


def null_space(A):
    """null(A) is the orthogonal complement of the row space col(Aᵀ). A pivoted QR of Aᵀ finds the
    rank r (|diag R| above a cut-off); the last n − r columns of the full Q are orthogonal to it."""
    m, n = A.shape
    Q, R, _ = scipy.linalg.qr(A.T, pivoting=True)  # Q is n x n
    d = np.abs(np.diag(R))
    r = int(np.sum(d > max(m, n) * np.finfo(float).eps * d.max())) if d.size and d.max() else 0
    return Q[:, r:]
