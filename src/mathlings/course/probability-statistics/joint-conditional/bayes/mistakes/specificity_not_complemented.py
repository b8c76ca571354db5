"""You used the specificity as the false-positive rate; a healthy person tests positive with
probability P(+ | not D) = 1 − specificity."""


def posterior(prevalence, sensitivity, specificity):
    true_positive = sensitivity * prevalence
    false_positive = specificity * (1 - prevalence)
    positive = true_positive + false_positive
    if positive == 0:
        raise ValueError("undefined")
    return true_positive / positive
