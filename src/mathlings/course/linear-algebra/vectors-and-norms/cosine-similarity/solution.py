import numpy as np


def cosine_similarity(u, v):
    """cos θ = u·v / (‖u‖ ‖v‖): the dot product with the lengths divided out."""
    length_u = np.linalg.norm(u)
    length_v = np.linalg.norm(v)
    if length_u == 0 or length_v == 0:
        raise ValueError("a zero vector has no direction: the cosine similarity is undefined")
    return float(u @ v / (length_u * length_v))


def angle_degrees(u, v):
    """θ = arccos(cos θ) in degrees. Rounding can leave cos θ a hair outside [−1, 1], where arccos
    is nan, so it is clipped first."""
    cos_theta = np.clip(cosine_similarity(u, v), -1.0, 1.0)
    return float(np.degrees(np.arccos(cos_theta)))
