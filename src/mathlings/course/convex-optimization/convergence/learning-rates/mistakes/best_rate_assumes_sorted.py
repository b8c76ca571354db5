"""You took the first and last eigenvalues as λ_min and λ_max, but they come in no particular
order: use min(eigenvalues) and max(eigenvalues).
"""


def best_rate(eigenvalues):
    return 2 / (eigenvalues[0] + eigenvalues[-1])
