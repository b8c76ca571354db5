"""You took P(D | −) = 1 − P(D | +); the complement of P(D | +) is P(not D | +), a statement
about the positives. P(D | −) needs Bayes' rule again with the likelihoods of a negative result,
P(− | D) = 1 − sensitivity and P(− | not D) = specificity."""


def posterior_negative(prevalence, sensitivity, specificity):
    return 1 - posterior(prevalence, sensitivity, specificity)
