"""The 2 x 2 inverse with a typo that raises on every input."""


def inverse(A):
    a, b, c, d = A[0, 0], A[0, 1], A[1, 0], A[1, 1]
    return [[d / determinant, -b], [-c, a]]  # noqa: F821
