import math

import numpy as np


def mcnemar_p_value(y_true, pred_a, pred_b):
    """Exact McNemar: the two-sided binomial test of b out of b + c discordant pairs, p = 1/2."""
    y_true = np.asarray(y_true)
    right_a = np.asarray(pred_a) == y_true
    right_b = np.asarray(pred_b) == y_true
    b = int(np.count_nonzero(right_a & ~right_b))
    c = int(np.count_nonzero(~right_a & right_b))
    m = b + c
    if m == 0:
        return 1.0
    # Binomial(m, 1/2) pmf in log-space: log C(m, k) by a running sum of log((m − k + 1)/k)
    k = np.arange(1, m + 1)
    log_comb = np.concatenate([[0.0], np.cumsum(np.log(m - k + 1) - np.log(k))])
    pmf = np.exp(log_comb - m * math.log(2.0))
    # two-sided: total probability of the outcomes no more likely than the observed b
    p = pmf[pmf <= pmf[b] * (1 + 1e-7)].sum()
    return float(min(1.0, p))


def paired_bootstrap_ci(y_true, pred_a, pred_b, n_resamples, confidence, seed):
    """Percentile bootstrap interval of acc_A − acc_B, resampling examples for both models."""
    y_true = np.asarray(y_true)
    n = y_true.size
    if n == 0:
        raise ValueError("empty test set")
    d = (np.asarray(pred_a) == y_true).astype(float) - (np.asarray(pred_b) == y_true).astype(float)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, n, size=(n_resamples, n))
    boot = d[idx].mean(axis=1)
    alpha = 1.0 - confidence
    low, high = np.percentile(boot, [100 * alpha / 2, 100 * (1 - alpha / 2)])
    return np.array([low, high])
