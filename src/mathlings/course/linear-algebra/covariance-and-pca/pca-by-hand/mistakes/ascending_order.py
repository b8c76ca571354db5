"""You returned the eigenvalues and eigenvectors in ascending order, as np.linalg.eigh gives them;
PCA wants descending order, the largest variance first: reverse both.
"""

import numpy as np


def eigen(C):
    return np.linalg.eigh(C)
