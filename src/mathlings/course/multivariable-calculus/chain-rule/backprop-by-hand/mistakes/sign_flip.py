"""This partial has the wrong sign: ∂L/∂z₂ = p − y (the loss grows as p moves away from y),
not y − p, and every partial below it carries that same factor p − y.
"""

dL_dw2_i = "(y - p)*h_i"

dL_db2 = "y - p"

dL_dW1_ij = "(y - p)*w2_i*r_i*x_j"

dL_db1_i = "(y - p)*w2_i*r_i"
