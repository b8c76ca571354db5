"""You took z = Φ⁻¹(level) (1.645 for 95 %), the one-sided quantile; a two-sided interval leaves
(1 − level)/2 out on each side, so z = Φ⁻¹((1 + level)/2), 1.96 for 95 %."""


def mean_ci(x, level=0.95):
    x_bar = float(np.mean(x))
    half_width = norm.ppf(level) * standard_error(x)
    return x_bar - half_width, x_bar + half_width
