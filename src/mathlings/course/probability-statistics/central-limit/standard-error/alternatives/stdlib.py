import math
import statistics
from statistics import NormalDist


def standard_error(x):
    if len(x) < 2:
        raise ValueError("a standard error needs at least two points")
    return statistics.stdev(float(v) for v in x) / math.sqrt(len(x))


def mean_ci(x, level=0.95):
    z = NormalDist().inv_cdf(0.5 + level / 2)
    centre = math.fsum(float(v) for v in x) / len(x)
    return (centre - z * standard_error(x), centre + z * standard_error(x))
