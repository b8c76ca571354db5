import random


def percentile_bootstrap_ci(x, n_resamples, confidence, seed):
    values = list(x)
    if not values:
        raise ValueError("no data")
    rng = random.Random(seed)
    means = sorted(
        sum(rng.choices(values, k=len(values))) / len(values) for _ in range(n_resamples)
    )
    tail = (1 - confidence) / 2
    low = means[int(tail * n_resamples)]
    high = means[max(int((1 - tail) * n_resamples) - 1, 0)]
    return low, high
