"""You averaged the values as if each were equally likely; E[X] weights each value by its
probability, Σᵢ xᵢ pᵢ."""


def expectation(values, probs):
    return float(sum(values) / len(values))
