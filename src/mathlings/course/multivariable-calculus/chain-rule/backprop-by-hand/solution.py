"""Backward from the loss, one local derivative per line:

∂L/∂p = −y/p + (1 − y)/(1 − p) = (p − y)/(p(1 − p)), and σ′(z₂) = p(1 − p), so ∂L/∂z₂ = p − y.

∂L/∂w₂ᵢ = (p − y) hᵢ             z₂ depends on w₂ᵢ through w₂ᵢ hᵢ
∂L/∂b₂ = p − y                   ∂z₂/∂b₂ = 1
∂L/∂W₁ᵢⱼ = (p − y) w₂ᵢ rᵢ xⱼ      through hᵢ (× w₂ᵢ), relu (× rᵢ), then z₁ᵢ (× xⱼ)
∂L/∂b₁ᵢ = (p − y) w₂ᵢ rᵢ          ∂z₁ᵢ/∂b₁ᵢ = 1
"""

dL_dw2_i = "(p - y)*h_i"

dL_db2 = "p - y"

dL_dW1_ij = "(p - y)*w2_i*r_i*x_j"

dL_db1_i = "(p - y)*w2_i*r_i"
