"""For a negative result the likelihoods are those of −: P(− | D) = 1 − sensitivity and
P(− | not D) = specificity; you kept the ones of a positive result."""


def posterior_negative(prevalence, sensitivity, specificity):
    return posterior(prevalence, sensitivity, specificity)
