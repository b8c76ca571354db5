def posterior(prevalence, sensitivity, specificity):
    """P(D | +) by Bayes' rule; ValueError when P(+) = 0."""
    raise NotImplementedError("write posterior(prevalence, sensitivity, specificity)")


def posterior_negative(prevalence, sensitivity, specificity):
    """P(D | −) by Bayes' rule; ValueError when P(−) = 0."""
    raise NotImplementedError("write posterior_negative(prevalence, sensitivity, specificity)")
