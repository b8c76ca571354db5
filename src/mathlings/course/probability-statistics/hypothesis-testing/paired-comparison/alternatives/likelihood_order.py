import math

import numpy as np


def mcnemar_p_value(y_true, pred_a, pred_b):
    a_only = np.count_nonzero((pred_a == y_true) & (pred_b != y_true))
    b_only = np.count_nonzero((pred_a != y_true) & (pred_b == y_true))
    m = int(a_only + b_only)
    observed = math.comb(m, int(a_only))
    # two-sided as SciPy defines it: every outcome no more likely than the observed one
    return sum(math.comb(m, k) for k in range(m + 1) if math.comb(m, k) <= observed) / 2**m


def paired_bootstrap_ci(y_true, pred_a, pred_b, n_resamples, confidence, seed):
    if len(y_true) == 0:
        raise ValueError("empty test set")
    gain = (pred_a == y_true).astype(int) - (pred_b == y_true).astype(int)
    rng = np.random.default_rng(seed)
    boot = rng.choice(gain, size=(n_resamples, gain.size)).mean(axis=1)
    tail = 50 * (1 - confidence)
    return tuple(np.percentile(boot, [tail, 100 - tail], method="inverted_cdf"))
