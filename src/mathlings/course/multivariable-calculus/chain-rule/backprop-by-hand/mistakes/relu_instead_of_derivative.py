"""You multiplied by relu(z₁ᵢ) = hᵢ instead of its derivative relu′(z₁ᵢ) = rᵢ: an active unit
passes the gradient through unchanged (times 1), not scaled by its activation.
"""

dL_dW1_ij = "(p - y)*w2_i*h_i*x_j"

dL_db1_i = "(p - y)*w2_i*h_i"
