import math

import numpy as np


def l1(v):
    """‖v‖₁ = Σᵢ |vᵢ|"""
    raise NotImplementedError("write l1(v)")


def l2(v):
    """‖v‖₂ = sqrt(Σᵢ vᵢ²)"""
    raise NotImplementedError("write l2(v)")


def linf(v):
    """‖v‖∞ = maxᵢ |vᵢ|  (0.0 for the empty vector)"""
    raise NotImplementedError("write linf(v)")


def lp(v, p):
    """‖v‖ₚ = (Σᵢ |vᵢ|ᵖ)^(1/p), p ≥ 1"""
    raise NotImplementedError("write lp(v, p)")
