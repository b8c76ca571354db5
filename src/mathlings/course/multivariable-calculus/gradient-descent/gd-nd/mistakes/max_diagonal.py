"""You used the largest diagonal entry of A, which is at most λ_max (equal only when A is
diagonal), so 2/max Aᵢᵢ can be too large; the limit is 2/λ_max, the largest eigenvalue."""


def largest_stable_step(A):
    return 2.0 / np.max(np.diag(A))
