"""You left the prevalence out (as if P(D) = 1/2); the base rate weighs both terms:
P(D | +) = P(+ | D) P(D) / (P(+ | D) P(D) + P(+ | not D) P(not D))."""


def posterior(prevalence, sensitivity, specificity):
    positive = sensitivity + (1 - specificity)
    if positive == 0:
        raise ValueError("undefined")
    return sensitivity / positive
