import numpy as np


def rotation(theta):
    """R = [[cos θ, −sin θ], [sin θ, cos θ]]: counter-clockwise by θ radians."""
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, -s], [s, c]])


def scaling(sx, sy):
    """S = diag(sx, sy)."""
    return np.array([[sx, 0.0], [0.0, sy]])


def rotate_then_scale(theta, sx, sy):
    """x ↦ S(R x) = (S R) x: the map applied first stands on the right."""
    return scaling(sx, sy) @ rotation(theta)


def scale_then_rotate(theta, sx, sy):
    """x ↦ R(S x) = (R S) x."""
    return rotation(theta) @ scaling(sx, sy)


def non_commuting_pair():
    """A quarter turn and a stretch along x: SR sends e₁ to (0, 1), RS sends it to (0, 2)."""
    A = rotation(np.pi / 2)
    B = scaling(2.0, 1.0)
    return A, B
