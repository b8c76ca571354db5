"""η = 1 oscillates forever without growing: x bounces between 0 and 6, so the distance to 3 stays
3; divergence needs η > 1 here.
"""


def three_learning_rates():
    return 0.02, 0.4, 1.0
