import cmath
import math


def char_poly(A):
    a, b, c, d = A[0][0], A[0][1], A[1][0], A[1][1]
    return [1, -(a + d), a * d - b * c]


def eigenvalues_2x2(A):
    """Mean ± half-gap form: m = tr/2, λ = m ± √(m² − det); same roots, fewer divisions."""
    _, minus_trace, det = char_poly(A)
    m = -minus_trace / 2
    under = m * m - det
    if under < 0:
        s = cmath.sqrt(under)
        return [m + s, m - s]
    s = math.sqrt(under)
    return [m + s, m - s]


def eigenvector_2x2(A, lam):
    a, b, c, d = float(A[0][0]), float(A[0][1]), float(A[1][0]), float(A[1][1])
    if b != 0 or a != lam:  # (b, λ − a) is orthogonal to the first row (a − λ, b)
        x, y = b, lam - a
    elif c != 0 or d != lam:  # first row is 0: use the second row (c, d − λ)
        x, y = lam - d, c
    else:  # A = λI
        x, y = 0.0, 1.0
    n = math.hypot(x, y)
    return [-x / n, -y / n]  # the other sign, on purpose: both are right
