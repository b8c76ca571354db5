import random


def uncorrelated_dependent_pair(n, seed):
    rng = random.Random(seed)
    x = [rng.uniform(-1.0, 1.0) for _ in range(n)]
    y = [abs(v) for v in x]
    return x, y
