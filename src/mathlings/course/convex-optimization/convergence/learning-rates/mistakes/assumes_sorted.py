"""You took the last eigenvalue as λ_max, but the eigenvalues come in no particular order: use
their largest, max(eigenvalues).
"""


def divergence_rate(eigenvalues):
    return 2 / eigenvalues[-1]
