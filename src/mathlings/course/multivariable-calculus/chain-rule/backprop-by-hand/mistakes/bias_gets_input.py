"""Your ∂L/∂b₁ᵢ carries the input xⱼ: b₁ᵢ is added to z₁ᵢ directly (∂z₁ᵢ/∂b₁ᵢ = 1), so its
partial is W₁ᵢⱼ's without the factor xⱼ.
"""

dL_db1_i = "(p - y)*w2_i*r_i*x_j"
