"""Each composite built column by column: apply the first map to eⱼ, then the second; the pair is
returned as one stacked array of shape (2, 2, 2)."""

import numpy as np


def R(theta):
    return np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])


def S(sx, sy):
    return np.diag([sx, sy]).astype(float)


def compose(first, then):
    """The matrix of x ↦ then(first(x)), from the images of e₁ and e₂."""
    return np.column_stack([then @ (first @ e) for e in np.eye(2)])


def rotate_then_scale(theta, sx, sy):
    return compose(first=R(theta), then=S(sx, sy))


def scale_then_rotate(theta, sx, sy):
    return compose(first=S(sx, sy), then=R(theta))


def non_commuting_pair():
    projection = np.array([[1.0, 0.0], [0.0, 0.0]])
    return np.stack([projection, R(np.pi / 4)])
