import math

import numpy as np


def mcnemar_p_value(y_true, pred_a, pred_b):
    """Exact McNemar test. Only the discordant examples tell the models apart: b = #{A right,
    B wrong}, c = #{A wrong, B right}. Under H₀ (equal accuracy) each of the b + c is A's with
    probability 1/2, so b ~ Binomial(b + c, 1/2) and
    p = min(1, 2 · Σ_{k ≤ min(b, c)} C(b + c, k) / 2^(b + c))."""
    right_a = pred_a == y_true
    right_b = pred_b == y_true
    b = int(np.sum(right_a & ~right_b))
    c = int(np.sum(~right_a & right_b))
    m = b + c
    tail = sum(math.comb(m, k) for k in range(min(b, c) + 1)) / 2**m
    return min(1.0, 2 * tail)


def paired_bootstrap_ci(y_true, pred_a, pred_b, n_resamples, confidence, seed):
    """Percentile interval of acc_A − acc_B: resample the n test examples with replacement, the
    same examples for both models (that is the pairing), and take the α/2 and 1 − α/2 quantiles
    of the B differences of accuracy, α = 1 − confidence."""
    n = len(y_true)
    if n == 0:
        raise ValueError("an empty test set has no accuracy")
    d = (pred_a == y_true).astype(float) - (pred_b == y_true).astype(float)
    rng = np.random.default_rng(seed)
    indices = rng.integers(0, n, size=(n_resamples, n))
    differences = np.mean(d[indices], axis=1)
    alpha = 1 - confidence
    low, high = np.quantile(differences, [alpha / 2, 1 - alpha / 2])
    return float(low), float(high)
