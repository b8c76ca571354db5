"""You used Student's t quantile with n − 1 degrees of freedom; this drill asks for the
normal-approximation interval, z = Φ⁻¹((1 + level)/2) (t is the small-sample refinement for
Gaussian data, and the two agree only as n grows)."""


def mean_ci(x, level=0.95):
    from scipy.stats import t

    x_bar = float(np.mean(x))
    half_width = t.ppf((1 + level) / 2, len(x) - 1) * standard_error(x)
    return x_bar - half_width, x_bar + half_width
