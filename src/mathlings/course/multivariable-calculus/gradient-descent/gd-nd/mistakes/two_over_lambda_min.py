"""You used the smallest eigenvalue, 2/λ_min; the stiffest direction sets the limit: every
factor 1 − ηλ must lie in (−1, 1), and the largest eigenvalue is the first to break it, so
η_max = 2/λ_max."""


def largest_stable_step(A):
    return 2.0 / np.linalg.eigvalsh(A).min()
