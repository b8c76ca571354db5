"""You tested b out of all n examples; the examples both models get right (or both wrong) say
nothing about which is better, so the binomial test is of b out of the b + c discordant ones."""


def mcnemar_p_value(y_true, pred_a, pred_b):
    right_a = pred_a == y_true
    right_b = pred_b == y_true
    b = int(np.sum(right_a & ~right_b))
    n = len(y_true)
    tail = sum(math.comb(n, k) for k in range(min(b, n - b) + 1)) / 2**n
    return min(1.0, 2 * tail)
