"""Python floats and while loops; Lp rescaled by the largest entry (the overflow-safe route), and
L2 as Lp with p = 2."""

import math


def linf(v):
    values = [float(x) for x in v]
    i, largest = 0, 0.0
    while i < len(values):
        if abs(values[i]) > largest:
            largest = abs(values[i])
        i += 1
    return largest


def lp(v, p):
    m = linf(v)
    if m == 0.0:
        return 0.0
    return m * math.fsum((abs(float(x)) / m) ** p for x in v) ** (1.0 / p)


def l2(v):
    return lp(v, 2)


def l1(v):
    return math.fsum(abs(float(x)) for x in v)
