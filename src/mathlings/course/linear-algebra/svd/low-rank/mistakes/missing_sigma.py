"""You dropped the singular values: U_k V_kᵀ has the right directions but gives every piece weight
1; A_k = Σ_{i≤k} σᵢ uᵢ vᵢᵀ = U_k Σ_k V_kᵀ.
"""

import numpy as np


def best_rank_k(A, k):
    U, _, Vt = np.linalg.svd(A, full_matrices=False)
    return U[:, :k] @ Vt[:k, :]
