"""You moved every coordinate by h (x + h), not only the i-th: a partial derivative wiggles xᵢ
alone, so step along the unit vector eᵢ, x + h eᵢ."""


def central_difference(f, x, i, h):
    if h <= 0:
        raise ValueError("the step h must be positive")
    return (f(x + h) - f(x - h)) / (2 * h)
