"""Multiplied out, factors in another order."""

dL_dw2_i = "p*h_i - y*h_i"

dL_db2 = "-y + p"

dL_dW1_ij = "x_j*r_i*w2_i*p - x_j*r_i*w2_i*y"

dL_db1_i = "r_i * (w2_i*p - w2_i*y)"
