"""You stepped along u as given, not along the unit vector û = u/‖u‖: the directional derivative is
the rate per unit of distance, so a u of length 5 must give the same rate as u/5."""


def directional_derivative(f, x, u, h):
    if not any(u):
        raise ValueError("a direction must be a nonzero vector")
    return (f(x + h * u) - f(x - h * u)) / (2 * h)
