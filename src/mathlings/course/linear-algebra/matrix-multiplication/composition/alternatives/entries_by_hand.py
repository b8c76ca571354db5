"""The products multiplied out by hand: row i of S R is s_i times row i of R; column j of R S is
s_j times column j of R. The pair is two shears."""

import math


def rotate_then_scale(theta, sx, sy):
    c, s = math.cos(theta), math.sin(theta)
    return [[sx * c, -sx * s], [sy * s, sy * c]]


def scale_then_rotate(theta, sx, sy):
    c, s = math.cos(theta), math.sin(theta)
    return [[c * sx, -s * sy], [s * sx, c * sy]]


def non_commuting_pair():
    upper = [[1.0, 1.0], [0.0, 1.0]]
    lower = [[1.0, 0.0], [1.0, 1.0]]
    return [upper, lower]
