import numpy as np
from scipy.stats import norm


def standard_error(x):
    """SE = s/√n with s² = Σᵢ (xᵢ − x̄)² / (n − 1): the estimated standard deviation of the mean
    x̄, since Var[x̄] = σ²/n for n independent draws."""
    n = len(x)
    if n < 2:
        raise ValueError(f"the standard error needs n ≥ 2 points, got {n}")
    x_bar = np.mean(x)
    s = np.sqrt(np.sum((x - x_bar) ** 2) / (n - 1))
    return float(s / np.sqrt(n))


def mean_ci(x, level=0.95):
    """x̄ ± z·SE with z = Φ⁻¹((1 + level)/2): by the CLT x̄ is nearly N(μ, σ²/n), so the
    interval covers μ with probability close to `level` (two-sided: (1 − level)/2 on each side)."""
    x_bar = float(np.mean(x))
    z = norm.ppf((1 + level) / 2)
    half_width = z * standard_error(x)
    return x_bar - half_width, x_bar + half_width
