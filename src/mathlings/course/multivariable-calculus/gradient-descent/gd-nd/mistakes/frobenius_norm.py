"""You divided by the Frobenius norm ‖A‖_F, which is larger than λ_max (it is √(Σ λᵢ²)); the limit
is 2/λ_max, where λ_max is the largest eigenvalue (the spectral norm ‖A‖₂ of an SPD A)."""


def largest_stable_step(A):
    return 2.0 / np.linalg.norm(A)
