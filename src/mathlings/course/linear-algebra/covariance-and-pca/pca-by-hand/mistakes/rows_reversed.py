"""You reversed the rows of V (V[::-1]); the eigenvectors are its columns, so reverse those with
the eigenvalues: V[:, ::-1].
"""

import numpy as np


def eigen(C):
    eigenvalues, V = np.linalg.eigh(C)
    return eigenvalues[::-1], V[::-1]  # flips the rows: each column's entries, not the order
