"""Your residual is p − a, pointing the wrong way; r = a − p is what is left of a after
its shadow p is taken away, so that p + r = a.
"""

import numpy as np


def project(a, b):
    if b @ b == 0:
        raise ValueError("b is the zero vector: there is no direction to project onto")
    return (a @ b) / (b @ b) * b


def residual(a, b):
    return project(a, b) - a
