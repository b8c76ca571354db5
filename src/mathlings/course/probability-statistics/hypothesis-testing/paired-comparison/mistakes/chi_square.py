"""You used the chi-square approximation (b − c)²/(b + c), which is off for the few discordant pairs
a test set often has; the exact McNemar test is the binomial test of b out of b + c at p = 1/2."""


def mcnemar_p_value(y_true, pred_a, pred_b):
    right_a = pred_a == y_true
    right_b = pred_b == y_true
    b = int(np.sum(right_a & ~right_b))
    c = int(np.sum(~right_a & right_b))
    if b + c == 0:
        return 1.0
    statistic = (b - c) ** 2 / (b + c)
    return math.erfc(math.sqrt(statistic / 2))
