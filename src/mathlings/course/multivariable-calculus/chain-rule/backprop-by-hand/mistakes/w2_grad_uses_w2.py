"""Your ∂L/∂w₂ᵢ multiplies by w₂ᵢ itself: z₂ = Σᵢ w₂ᵢ hᵢ + b₂ changes with w₂ᵢ at the
rate hᵢ, so ∂L/∂w₂ᵢ = (∂L/∂z₂) hᵢ (w₂ᵢ is what the gradient passes back to hᵢ).
"""

dL_dw2_i = "(p - y)*w2_i"
