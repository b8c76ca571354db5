"""Your residual is p − a, pointing the wrong way; r = a − p is what is left of a after
its shadow p is taken away, so that p + r = a.
"""

import numpy as np


def residual(a, b):
    return project(a, b) - a
