import numpy as np


def cosine_similarity(u, v):
    """cos θ = u·v / (‖u‖ ‖v‖); ValueError for a zero vector"""
    raise NotImplementedError("write cosine_similarity(u, v)")


def angle_degrees(u, v):
    """θ = arccos(cos θ), in degrees, in [0, 180]"""
    raise NotImplementedError("write angle_degrees(u, v)")
