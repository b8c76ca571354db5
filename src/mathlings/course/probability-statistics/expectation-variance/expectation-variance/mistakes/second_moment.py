"""You returned E[X²] = Σᵢ pᵢ xᵢ², the second moment; the variance subtracts the mean first:
Σᵢ pᵢ (xᵢ − μ)², or E[X²] − μ²."""


def variance(values, probs):
    return float(np.sum(probs * values**2))
