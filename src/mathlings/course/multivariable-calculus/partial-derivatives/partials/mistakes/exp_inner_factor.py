"""You forgot the inner factor of e^(yz): ∂/∂y e^(yz) = e^(yz) · ∂(yz)/∂y = z·e^(yz), so
∂/∂y of x·e^(yz) is xz·e^(yz)."""

dg_dy = "x*exp(y*z) + z**2"
