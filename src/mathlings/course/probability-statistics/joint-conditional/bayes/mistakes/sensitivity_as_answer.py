"""You returned the sensitivity P(+ | D); the question is the reverse, P(D | +), which also depends
on how rare D is: Bayes' rule weighs P(+ | D) by the prevalence and divides by P(+)."""


def posterior(prevalence, sensitivity, specificity):
    return sensitivity
