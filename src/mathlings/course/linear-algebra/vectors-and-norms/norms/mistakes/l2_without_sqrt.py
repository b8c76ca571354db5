"""You returned Σᵢ vᵢ², the squared length; the L2 norm is its square root: ‖v‖₂ = sqrt(Σᵢ vᵢ²)."""


def l2(v):
    total = 0.0
    for v_i in v:
        total += v_i**2
    return total
