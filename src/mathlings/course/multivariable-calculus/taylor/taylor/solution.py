import numpy as np


def taylor1(f0: float, g: np.ndarray, x0: np.ndarray, x: np.ndarray) -> float:
    """T₁(x) = f(x0) + ∇f(x0)·d, with the displacement d = x − x0: the tangent plane."""
    d = x - x0
    return f0 + g @ d


def taylor2(f0: float, g: np.ndarray, H: np.ndarray, x0: np.ndarray, x: np.ndarray) -> float:
    """T₂(x) = T₁(x) + ½ dᵀ H d, with d = x − x0 and H = ∇²f(x0): the osculating quadratic."""
    d = x - x0
    return taylor1(f0, g, x0, x) + 0.5 * d @ H @ d
