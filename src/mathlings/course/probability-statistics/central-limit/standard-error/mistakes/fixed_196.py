"""You used z = 1.96 whatever the level; 1.96 is the quantile for 95 % only, and the task's z is
Φ⁻¹((1 + level)/2) for the level asked (1.645 for 90 %, 2.576 for 99 %)."""


def mean_ci(x, level=0.95):
    x_bar = float(np.mean(x))
    half_width = 1.96 * standard_error(x)
    return x_bar - half_width, x_bar + half_width
