"""Through the unit vector û = b / ‖b‖: p = (a·û) û; lists in, lists out."""

import math


def project(a, b):
    length = math.sqrt(sum(x * x for x in b))
    if length == 0.0:
        raise ValueError("cannot project onto the zero vector")
    u_hat = [x / length for x in b]
    shadow = sum(x * y for x, y in zip(a, u_hat))
    return [shadow * u for u in u_hat]


def residual(a, b):
    return [x - y for x, y in zip(a, project(a, b))]
