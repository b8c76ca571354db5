"""Your rotation turns clockwise: the minus sign belongs on the sin θ in the top right,
R = [[cos θ, −sin θ], [sin θ, cos θ]], so that R e₁ = (cos θ, sin θ). Yours is its transpose,
the rotation by −θ.
"""

import numpy as np


def rotation(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, s], [-s, c]])
