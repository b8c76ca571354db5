# Each log term of L on its own: −y(1 − p) from −y log p, and (1 − y)p from −(1 − y) log(1 − p).

dL_dw2_i = "(-y*(1 - p) + (1 - y)*p)*h_i"

dL_db2 = "-y*(1 - p) + (1 - y)*p"

dL_dW1_ij = "(-y*(1 - p) + (1 - y)*p)*w2_i*r_i*x_j"

dL_db1_i = "(-y*(1 - p) + (1 - y)*p)*w2_i*r_i"
