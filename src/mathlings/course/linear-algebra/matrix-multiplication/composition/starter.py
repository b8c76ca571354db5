import numpy as np


def rotate_then_scale(theta, sx, sy):
    """the matrix of x ↦ S(R x)"""
    raise NotImplementedError("write rotate_then_scale(theta, sx, sy)")


def scale_then_rotate(theta, sx, sy):
    """the matrix of x ↦ R(S x)"""
    raise NotImplementedError("write scale_then_rotate(theta, sx, sy)")


def non_commuting_pair():
    """two 2x2 matrices A, B with AB ≠ BA"""
    raise NotImplementedError("write non_commuting_pair()")
