def posterior(prevalence, sensitivity, specificity):
    tp = sensitivity * prevalence
    fp = (1 - specificity) * (1 - prevalence)
    if tp + fp == 0:
        raise ValueError("P(+) = 0")
    return 1.0 / (1.0 + fp / tp) if tp > 0 else 0.0


def posterior_negative(prevalence, sensitivity, specificity):
    fn = (1 - sensitivity) * prevalence
    tn = specificity * (1 - prevalence)
    if fn + tn == 0:
        raise ValueError("P(-) = 0")
    return fn / (fn + tn)
