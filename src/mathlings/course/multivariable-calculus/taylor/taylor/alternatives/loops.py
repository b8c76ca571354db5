def taylor1(f0, g, x0, x):
    """f0 + Σᵢ gᵢ (xᵢ − x0ᵢ), one coordinate at a time."""
    total = float(f0)
    for i in range(len(x)):
        total += g[i] * (x[i] - x0[i])
    return total


def taylor2(f0, g, H, x0, x):
    """T₁ + ½ Σᵢ Σⱼ Hᵢⱼ dᵢ dⱼ, with plain loops."""
    n = len(x)
    d = [x[i] - x0[i] for i in range(n)]
    quadratic = 0.0
    for i in range(n):
        for j in range(n):
            quadratic += H[i][j] * d[i] * d[j]
    return taylor1(f0, g, x0, x) + quadratic / 2
