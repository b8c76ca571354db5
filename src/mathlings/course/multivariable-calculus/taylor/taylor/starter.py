import numpy as np


def taylor1(f0, g, x0, x):
    """T₁(x) = f0 + g·(x − x0)."""
    raise NotImplementedError("write taylor1(f0, g, x0, x)")


def taylor2(f0, g, H, x0, x):
    """T₂(x) = f0 + g·(x − x0) + ½ (x − x0)ᵀ H (x − x0)."""
    raise NotImplementedError("write taylor2(f0, g, H, x0, x)")
