"""You used x₀ − x in the linear term; the displacement is d = x − x₀, from the expansion point to
x, so the tangent rises where g points."""


def taylor1(f0, g, x0, x):
    d = x0 - x
    return f0 + g @ d
