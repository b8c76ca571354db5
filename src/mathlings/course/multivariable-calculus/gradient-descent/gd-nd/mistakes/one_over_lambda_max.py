"""You returned 1/λ_max, half the stable limit: along the top eigenvector each step multiplies the
error by 1 − ηλ_max, which stays inside (−1, 1) up to η = 2/λ_max."""


def largest_stable_step(A):
    return 1.0 / np.linalg.eigvalsh(A).max()
