"""(√κ − 1)/(√κ + 1) is the rate of heavy-ball momentum or conjugate gradients; plain gradient
descent at its best fixed rate only gets (κ − 1)/(κ + 1).
"""


def contraction(kappa):
    return (math.sqrt(kappa) - 1) / (math.sqrt(kappa) + 1)
