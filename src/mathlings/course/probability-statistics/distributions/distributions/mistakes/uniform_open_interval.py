"""The density of U[a, b] is 1/(b − a) on the closed interval, endpoints included; you returned 0
at x = a or x = b."""


def uniform_pdf(x, a, b):
    return 1.0 / (b - a) if a < x < b else 0.0
