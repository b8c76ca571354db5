"""Your quadratic term keeps only the diagonal of H, ½ Σᵢ Hᵢᵢ dᵢ²; the cross terms Hᵢⱼ dᵢ dⱼ (i ≠ j)
belong in it too: ½ dᵀHd = ½ Σᵢ Σⱼ Hᵢⱼ dᵢ dⱼ."""


def taylor2(f0, g, H, x0, x):
    d = x - x0
    return taylor1(f0, g, x0, x) + 0.5 * np.sum(np.diag(H) * d**2)
