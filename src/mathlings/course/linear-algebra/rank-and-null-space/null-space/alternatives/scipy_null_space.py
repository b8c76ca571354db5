import scipy.linalg


def null_space(A):
    """SciPy does the SVD and the cut-off for us; orthonormal columns."""
    return scipy.linalg.null_space(A)
