import random
from itertools import combinations


def _gap(a, b):
    return abs(sum(a) / len(a) - sum(b) / len(b))


def exact_permutation_p_value(x, y):
    if not len(x) or not len(y):
        raise ValueError("both groups must be non-empty")
    pool = list(x) + list(y)
    observed = _gap(list(x), list(y))
    hits = total = 0
    for chosen in combinations(range(len(pool)), len(x)):
        rest = set(range(len(pool))) - set(chosen)
        a = [pool[i] for i in chosen]
        b = [pool[i] for i in sorted(rest)]
        hits += _gap(a, b) >= observed - 1e-7
        total += 1
    return hits / total


def permutation_p_value(x, y, n_resamples, seed):
    if not len(x) or not len(y):
        raise ValueError("both groups must be non-empty")
    rng = random.Random(seed)
    pool = list(x) + list(y)
    observed = _gap(list(x), list(y))
    hits = 0
    for _ in range(n_resamples):
        rng.shuffle(pool)
        hits += _gap(pool[: len(x)], pool[len(x) :]) >= observed - 1e-7
    return (hits + 1) / (n_resamples + 1)
