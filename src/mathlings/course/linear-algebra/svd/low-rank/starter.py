import numpy as np


def best_rank_k(A, k):
    """A_k = Σ_{i≤k} σᵢ uᵢ vᵢᵀ, the same shape as A"""
    raise NotImplementedError("write best_rank_k(A, k)")


def rank_k_error(A, k):
    """‖A − A_k‖_F = sqrt(Σ_{i>k} σᵢ²)"""
    raise NotImplementedError("write rank_k_error(A, k)")
