"""You put the eigenvalues in descending order but left the eigenvectors in eigh's ascending
order; reorder the columns of V with the same index: V[:, order].
"""

import numpy as np


def eigen(C):
    values, V = np.linalg.eigh(C)
    order = np.argsort(values)[::-1]
    return values[order], V
