"""You kept a term that does not depend on x: yz² is a constant when only x moves, so its partial
derivative ∂(yz²)/∂x is 0."""

dg_dx = "exp(y*z) + y*z**2"
