"""Normalise first, then the angle from atan2(‖û − v̂‖, ‖û + v̂‖) (no clipping needed)."""

import numpy as np


def unit(w):
    length = np.sqrt(np.sum(w**2))
    if not length > 0:
        raise ValueError("cannot normalise the zero vector")
    return w / length


def cosine_similarity(u, v):
    return np.clip(np.dot(unit(u), unit(v)), -1.0, 1.0)


def angle_degrees(u, v):
    u_hat, v_hat = unit(u), unit(v)
    half = np.arctan2(np.linalg.norm(u_hat - v_hat), np.linalg.norm(u_hat + v_hat))
    return 2 * half * 180 / np.pi
