import random
from math import comb


def mcnemar_p_value(y_true, pred_a, pred_b):
    b = c = 0
    for t, a, p in zip(y_true, pred_a, pred_b):
        if a == t and p != t:
            b += 1
        elif a != t and p == t:
            c += 1
    m = b + c
    if m == 0:
        return 1.0
    small = min(b, c)
    lower = sum(comb(m, k) for k in range(small + 1))
    return min(1.0, 2 * lower / 2**m)


def paired_bootstrap_ci(y_true, pred_a, pred_b, n_resamples, confidence, seed):
    n = len(y_true)
    if n == 0:
        raise ValueError("nothing to resample")
    rng = random.Random(seed)
    score = [int(a == t) - int(p == t) for t, a, p in zip(y_true, pred_a, pred_b)]
    diffs = sorted(sum(rng.choices(score, k=n)) / n for _ in range(n_resamples))
    tail = (1 - confidence) / 2
    return diffs[int(tail * n_resamples)], diffs[max(int((1 - tail) * n_resamples) - 1, 0)]
