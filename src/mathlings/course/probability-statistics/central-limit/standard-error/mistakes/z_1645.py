"""You used z = 1.645 whatever the level; 1.645 leaves 5 % in one tail only, and a two-sided
interval needs z = Φ⁻¹((1 + level)/2): 1.96 for 95 %, 2.576 for 99 %."""


def mean_ci(x, level=0.95):
    x_bar = float(np.mean(x))
    half_width = 1.645 * standard_error(x)
    return x_bar - half_width, x_bar + half_width
