"""1 − 1/κ is the factor at η = 1/λ_max (the flat direction's 1 − λ_min/λ_max); at the best rate
2/(λ_min + λ_max) it is smaller, (κ − 1)/(κ + 1).
"""


def contraction(kappa):
    return 1 - 1 / kappa
