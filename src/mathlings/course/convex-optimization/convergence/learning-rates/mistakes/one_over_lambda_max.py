"""1/λ_max is where the stiffest direction lands on its minimum in one step (and the usual safe
rate 1/β), not where divergence starts: 1 − ηλ_max only reaches −1, the edge, at η = 2/λ_max.
"""


def divergence_rate(eigenvalues):
    return 1 / np.max(eigenvalues)
