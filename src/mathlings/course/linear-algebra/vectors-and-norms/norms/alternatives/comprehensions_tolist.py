"""Plain Python lists: comprehensions over v.tolist(), L∞ from a sort, powers through exp/log."""

import math


def l1(v):
    return float(sum([abs(x) for x in v.tolist()]))


def l2(v):
    return sum(x * x for x in v.tolist()) ** 0.5


def linf(v):
    sizes = sorted(abs(x) for x in v.tolist())
    return sizes[-1] if sizes else 0.0


def lp(v, p):
    total = sum(math.exp(p * math.log(abs(x))) for x in v.tolist() if x != 0)
    return math.exp(math.log(total) / p) if total > 0 else 0.0
