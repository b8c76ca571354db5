# Not simplified: ∂L/∂p times σ′(z₂) = p(1 − p), then down the chain.

dL_dw2_i = "(-y/p + (1 - y)/(1 - p)) * p*(1 - p) * h_i"

dL_db2 = "(-y/p + (1 - y)/(1 - p)) * p*(1 - p)"

dL_dW1_ij = "(-y/p + (1 - y)/(1 - p)) * p*(1 - p) * w2_i * r_i * x_j"

dL_db1_i = "(-y/p + (1 - y)/(1 - p)) * p*(1 - p) * w2_i * r_i"
