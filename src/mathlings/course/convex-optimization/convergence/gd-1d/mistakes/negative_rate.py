"""A negative learning rate is gradient ascent: x − η·f′(x) with η < 0 walks uphill, away from the
minimum; every rate here is positive, and descent diverges for η > 1.
"""


def three_learning_rates():
    return 0.02, 0.4, -0.5
