"""You skipped the output weight on the way back: z₂ depends on hᵢ through w₂ᵢ hᵢ, so the
gradient reaching hidden unit i is (p − y) w₂ᵢ before relu′ and the input multiply it.
"""

dL_dW1_ij = "(p - y)*r_i*x_j"

dL_db1_i = "(p - y)*r_i"
