def project(a, b):
    """The projection of a onto the line through b: p = (a·b / b·b) b.

    a·b / b·b is how many copies of b make the shadow of a (just a·b when b is a unit vector).
    """
    b_dot_b = b @ b
    if b_dot_b == 0:
        raise ValueError("b is the zero vector: there is no direction to project onto")
    return (a @ b) / b_dot_b * b


def residual(a, b):
    """r = a − p: what is left of a after removing its shadow on b; r·b = 0."""
    p = project(a, b)
    return a - p
