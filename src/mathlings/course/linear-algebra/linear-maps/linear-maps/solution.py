import numpy as np


def rotation(theta):
    """R = [[cos θ, −sin θ], [sin θ, cos θ]]: counter-clockwise by θ radians.

    The columns are where e₁ and e₂ land: R e₁ = (cos θ, sin θ), R e₂ = (−sin θ, cos θ).
    """
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, -s], [s, c]])


def scaling(sx, sy):
    """S = diag(sx, sy): S e₁ = sx e₁, S e₂ = sy e₂."""
    return np.array([[sx, 0.0], [0.0, sy]])


def projection_onto(u):
    """P = u uᵀ / (uᵀu): the orthogonal projection onto the line through u (u ≠ 0).

    P x = (u·x / u·u) u; the outer product u uᵀ is a 2x2 matrix, uᵀu = ‖u‖² a number.
    """
    return np.outer(u, u) / (u @ u)
