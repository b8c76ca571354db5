"""Your three rates are right but in the wrong order; return them as (crawl, good, diverge)."""


def three_learning_rates():
    return 0.4, 0.02, 1.1
