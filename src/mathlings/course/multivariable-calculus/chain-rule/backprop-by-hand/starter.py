# Replace each ... with the partial derivative you derived, as a string such as "p*h_i".
# Symbols: p, y, h_i, w2_i, x_j, r_i (rᵢ = relu′(z₁ᵢ)).

dL_dw2_i = ...  # ∂L/∂w₂ᵢ

dL_db2 = ...  # ∂L/∂b₂

dL_dW1_ij = ...  # ∂L/∂W₁ᵢⱼ

dL_db1_i = ...  # ∂L/∂b₁ᵢ
