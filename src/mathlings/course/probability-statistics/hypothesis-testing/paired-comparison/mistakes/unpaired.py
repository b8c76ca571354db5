"""You resampled the examples separately for A and for B, which throws the pairing away and makes
the interval too wide; draw one set of example indices per resample and score both models on it."""


def paired_bootstrap_ci(y_true, pred_a, pred_b, n_resamples, confidence, seed):
    n = len(y_true)
    if n == 0:
        raise ValueError("an empty test set has no accuracy")
    right_a = (pred_a == y_true).astype(float)
    right_b = (pred_b == y_true).astype(float)
    rng = np.random.default_rng(seed)
    acc_a = np.mean(right_a[rng.integers(0, n, size=(n_resamples, n))], axis=1)
    acc_b = np.mean(right_b[rng.integers(0, n, size=(n_resamples, n))], axis=1)
    alpha = 1 - confidence
    low, high = np.quantile(acc_a - acc_b, [alpha / 2, 1 - alpha / 2])
    return float(low), float(high)
