"""You let the gradient through relu unchanged: on its way to W₁ and b₁ it passes hᵢ = relu(z₁ᵢ),
so it is multiplied by relu′(z₁ᵢ) = rᵢ, which is 0 for a unit that is off.
"""

dL_dW1_ij = "(p - y)*w2_i*x_j"

dL_db1_i = "(p - y)*w2_i"
