"""You returned κ itself; κ ≥ 1 is the condition number, and the per-step factor at the best rate
is (κ − 1)/(κ + 1) < 1.
"""


def contraction(kappa):
    return kappa
