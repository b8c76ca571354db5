def posterior(prevalence, sensitivity, specificity):
    """P(D | +) = P(+ | D) P(D) / P(+), where P(+) = P(+ | D) P(D) + P(+ | not D) P(not D) and
    P(+ | not D) = 1 − specificity (the false-positive rate)."""
    true_positive = sensitivity * prevalence
    false_positive = (1 - specificity) * (1 - prevalence)
    positive = true_positive + false_positive
    if positive == 0:
        raise ValueError("nobody tests positive: P(D | +) is undefined")
    return true_positive / positive


def posterior_negative(prevalence, sensitivity, specificity):
    """P(D | −) = P(− | D) P(D) / P(−), where P(− | D) = 1 − sensitivity (a missed case) and
    P(−) = P(− | D) P(D) + P(− | not D) P(not D)."""
    false_negative = (1 - sensitivity) * prevalence
    true_negative = specificity * (1 - prevalence)
    negative = false_negative + true_negative
    if negative == 0:
        raise ValueError("nobody tests negative: P(D | −) is undefined")
    return false_negative / negative
