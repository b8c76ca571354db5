"""You always use (b, λ − a), which is the zero vector when b = 0 and a = λ (for example A = λI);
then take the other row of A − λI, (λ − d, c), and if that is 0 too any unit vector will do.
"""

import cmath
import math


def char_poly(A):
    (a, b), (c, d) = A
    return (1.0, -(a + d), a * d - b * c)


def eigenvalues_2x2(A):
    (a, b), (c, d) = A
    trace = a + d
    det = a * d - b * c
    root = cmath.sqrt(trace**2 - 4 * det)
    first, second = (trace + root) / 2, (trace - root) / 2
    if root.imag == 0:
        return (first.real, second.real)
    return (first, second)


def eigenvector_2x2(A, lam):
    (a, b), (c, d) = A
    x, y = float(b), float(lam - a)
    length = math.hypot(x, y)
    return [x / length, y / length]
