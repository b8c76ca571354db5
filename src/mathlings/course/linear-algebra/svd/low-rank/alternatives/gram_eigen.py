import numpy as np


def best_rank_k(A, k):
    """From AᵀA = V Σ² Vᵀ: the top-k eigenvectors are v₁..v_k and A_k = A V_k V_kᵀ."""
    eigenvalues, V = np.linalg.eigh(A.T @ A)  # ascending
    order = np.argsort(eigenvalues)[::-1]
    V_k = V[:, order[:k]]
    return A @ V_k @ V_k.T


def rank_k_error(A, k):
    """σᵢ² are the eigenvalues of AᵀA (or AAᵀ, whichever is smaller); drop the k largest."""
    G = A.T @ A if A.shape[1] <= A.shape[0] else A @ A.T
    sigma_squared = np.clip(np.sort(np.linalg.eigvalsh(G))[::-1], 0.0, None)
    return float(np.sqrt(sigma_squared[k:].sum()))
