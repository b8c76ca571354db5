"""You returned Σᵢ vᵢ², the squared length; the L2 norm is its square root: ‖v‖₂ = sqrt(Σᵢ vᵢ²)."""


def l1(v):
    total = 0.0
    for v_i in v:
        total += abs(v_i)
    return total


def l2(v):
    total = 0.0
    for v_i in v:
        total += v_i**2
    return total


def linf(v):
    largest = 0.0
    for v_i in v:
        largest = max(largest, abs(v_i))
    return largest


def lp(v, p):
    total = 0.0
    for v_i in v:
        total += abs(v_i) ** p
    return total ** (1 / p)
