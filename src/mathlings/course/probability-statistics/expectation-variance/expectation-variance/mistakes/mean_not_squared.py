"""You subtracted E[X] where the shortcut subtracts its square: Var[X] = E[X²] − E[X]²."""


def variance(values, probs):
    return float(np.sum(probs * values**2) - expectation(values, probs))
