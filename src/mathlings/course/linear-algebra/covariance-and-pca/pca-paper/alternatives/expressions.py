"""Typed as the expressions worked out on paper."""

import math

points = [(1, 0), (3, 3), (4, 2), (5, 6), (7, 4)]
centered = [(x - 4, y - 3) for x, y in points]

MEAN = [sum(x for x, _ in points) / 5, sum(y for _, y in points) / 5]

COVARIANCE = [
    [sum(x * x for x, _ in centered) / 5, sum(x * y for x, y in centered) / 5],
    [sum(x * y for x, y in centered) / 5, sum(y * y for _, y in centered) / 5],
]

EIGENVALUES = [4 + 3, 4 - 3]

FIRST_COMPONENT = [1 / math.sqrt(2), 1 / math.sqrt(2)]

PROJECTIONS = [(x + y) / math.sqrt(2) for x, y in centered]
