import math


def l1(v):
    """‖v‖₁ = Σᵢ |vᵢ|: the Manhattan length, the lasso penalty."""
    total = 0.0
    for v_i in v:
        total += abs(v_i)
    return total


def l2(v):
    """‖v‖₂ = sqrt(Σᵢ vᵢ²): the Euclidean length (its square is the ridge penalty)."""
    total = 0.0
    for v_i in v:
        total += v_i**2
    return math.sqrt(total)


def linf(v):
    """‖v‖∞ = maxᵢ |vᵢ|: the largest single coordinate, in size. 0.0 for the empty vector."""
    largest = 0.0
    for v_i in v:
        largest = max(largest, abs(v_i))
    return largest


def lp(v, p):
    """‖v‖ₚ = (Σᵢ |vᵢ|ᵖ)^(1/p) for p ≥ 1."""
    total = 0.0
    for v_i in v:
        total += abs(v_i) ** p
    return total ** (1 / p)
