"""Each matrix assembled from its columns: where e₁ goes, and where e₂ goes."""

import math

import numpy as np


def rotation(theta):
    image_e1 = [math.cos(theta), math.sin(theta)]
    image_e2 = [-math.sin(theta), math.cos(theta)]
    return np.column_stack([image_e1, image_e2])


def scaling(sx, sy):
    return np.column_stack([[sx, 0.0], [0.0, sy]])


def projection_onto(u):
    """P x = (u·x / u·u) u, applied to e₁ and e₂."""
    u = np.asarray(u, dtype=float)
    images = [(u @ e) / (u @ u) * u for e in np.eye(2)]
    return np.column_stack(images)
