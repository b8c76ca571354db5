"""You used λ_min: the least curved direction only crawls; it is the most curved one, λ_max, that
overshoots first and caps the rate, η < 2/λ_max.
"""


def divergence_rate(eigenvalues):
    return 2 / np.min(eigenvalues)
