"""Your quadratic term is the matrix ½ H ∘ (x − x₀)(x − x₀)ᵀ, never summed: ½ dᵀHd is one number,
the sum Σᵢ Σⱼ Hᵢⱼ dᵢ dⱼ of all those entries."""


def taylor2(f0, g, H, x0, x):
    d = x - x0
    return taylor1(f0, g, x0, x) + 0.5 * H * np.outer(d, d)
