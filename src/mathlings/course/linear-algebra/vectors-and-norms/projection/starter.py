import numpy as np


def project(a, b):
    """p = (a·b / b·b) b; ValueError if b is the zero vector"""
    raise NotImplementedError("write project(a, b)")


def residual(a, b):
    """r = a − p, perpendicular to b"""
    raise NotImplementedError("write residual(a, b)")
