"""You multiplied by σ′(z₂) = p(1 − p) on top of p − y; p − y already is ∂L/∂z₂ (the
cross-entropy's derivative in p is (p − y)/(p(1 − p)), which σ′ cancels), so chain it only once.
"""

dL_dw2_i = "(p - y)*p*(1 - p)*h_i"

dL_db2 = "(p - y)*p*(1 - p)"

dL_dW1_ij = "(p - y)*p*(1 - p)*w2_i*r_i*x_j"

dL_db1_i = "(p - y)*p*(1 - p)*w2_i*r_i"
