"""You divided by ‖b‖; the formula divides by b·b = ‖b‖², once for each copy of b in
(a·b) b.
"""

import numpy as np


def project(a, b):
    length = np.sqrt(b @ b)
    if length == 0:
        raise ValueError("b is the zero vector: there is no direction to project onto")
    return (a @ b) / length * b
