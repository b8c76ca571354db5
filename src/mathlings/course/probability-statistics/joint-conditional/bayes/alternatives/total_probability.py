def _bayes(prior, likelihood, other_likelihood):
    evidence = likelihood * prior + other_likelihood * (1.0 - prior)
    if evidence <= 0.0:
        raise ValueError("the evidence has probability 0")
    return likelihood * prior / evidence


def posterior(prevalence, sensitivity, specificity):
    return _bayes(prevalence, sensitivity, 1.0 - specificity)


def posterior_negative(prevalence, sensitivity, specificity):
    return _bayes(prevalence, 1.0 - sensitivity, specificity)
