"""You chained the loss's derivative in p, (p − y)/(p(1 − p)), straight into z₂ and left out
σ′(z₂) = p(1 − p); with it the two cancel to ∂L/∂z₂ = p − y.
"""

dL_dw2_i = "(p - y)/(p*(1 - p))*h_i"

dL_db2 = "(p - y)/(p*(1 - p))"

dL_dW1_ij = "(p - y)/(p*(1 - p))*w2_i*r_i*x_j"

dL_db1_i = "(p - y)/(p*(1 - p))*w2_i*r_i"
