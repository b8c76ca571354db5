"""You returned one tail, P(K ≤ min(b, c)); the question "do A and B differ?" is two-sided, so
double the tail (and cap it at 1): p = min(1, 2 · P(K ≤ min(b, c)))."""


def mcnemar_p_value(y_true, pred_a, pred_b):
    right_a = pred_a == y_true
    right_b = pred_b == y_true
    b = int(np.sum(right_a & ~right_b))
    c = int(np.sum(~right_a & right_b))
    m = b + c
    return sum(math.comb(m, k) for k in range(min(b, c) + 1)) / 2**m
