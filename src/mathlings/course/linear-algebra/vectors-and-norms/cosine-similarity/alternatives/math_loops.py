"""Python floats and the math module: sums in a loop, math.acos with min/max as the clip."""

import math


def cosine_similarity(u, v):
    dot = uu = vv = 0.0
    for x, y in zip(u, v):
        dot += x * y
        uu += x * x
        vv += y * y
    if uu == 0.0 or vv == 0.0:
        raise ValueError("zero vector")
    return dot / math.sqrt(uu * vv)


def angle_degrees(u, v):
    c = max(-1.0, min(1.0, cosine_similarity(u, v)))
    return math.degrees(math.acos(c))
