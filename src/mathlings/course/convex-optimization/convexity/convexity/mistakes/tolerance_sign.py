"""Your tolerance points the wrong way: λ_min ≥ +tol refuses singular PSD matrices (λ_min = 0) and
ones just inside the tolerance; PSD within tol is λ_min ≥ −tol.
"""

import numpy as np


def is_psd(H, tol):
    return bool(np.linalg.eigvalsh(H).min() >= tol)
