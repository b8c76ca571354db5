import numpy as np


def is_psd(H, tol):
    """True when the symmetric matrix H is positive semi-definite within tol: λ_min(H) ≥ −tol."""
    raise NotImplementedError("write is_psd(H, tol)")


def hessian_test(H_at_points):
    """None when every Hessian in H_at_points is PSD (within 1e-9), else the index of one that is not."""
    raise NotImplementedError("write hessian_test(H_at_points)")


def chord_test(f, low, high, n_pairs, seed):
    """A random (x, y, t) with f(t x + (1 − t) y) > t f(x) + (1 − t) f(y) + 1e-9, or None."""
    raise NotImplementedError("write chord_test(f, low, high, n_pairs, seed)")
