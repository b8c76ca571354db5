"""You always use (b, λ − a), which is the zero vector when b = 0 and a = λ (for example A = λI);
then take the other row of A − λI, (λ − d, c), and if that is 0 too any unit vector will do.
"""

import cmath
import math


def eigenvector_2x2(A, lam):
    (a, b), (c, d) = A
    x, y = float(b), float(lam - a)
    length = math.hypot(x, y)
    return [x / length, y / length]
