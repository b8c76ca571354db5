"""Your A and B commute (AB = BA): two rotations commute, and so do two diagonal
matrices (or anything with a multiple of I); mix a rotation with an unequal stretch, or use a
shear.
"""

import numpy as np


def non_commuting_pair():
    return rotation(0.5), rotation(1.2)
