import numpy as np


def rotation(theta):
    """R = [[cos θ, −sin θ], [sin θ, cos θ]]: counter-clockwise by θ radians"""
    raise NotImplementedError("write rotation(theta)")


def scaling(sx, sy):
    """S = diag(sx, sy)"""
    raise NotImplementedError("write scaling(sx, sy)")


def projection_onto(u):
    """P = u uᵀ / (uᵀu): onto the line spanned by u"""
    raise NotImplementedError("write projection_onto(u)")
