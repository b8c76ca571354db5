"""Your marginals are swapped: P(X = i) sums row i (over j, axis=1) and P(Y = j) sums column j
(over i, axis=0)."""


def marginals(P):
    return P.sum(axis=0), P.sum(axis=1)
