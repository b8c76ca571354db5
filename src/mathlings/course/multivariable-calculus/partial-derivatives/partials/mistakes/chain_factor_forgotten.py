"""You forgot the inner factor of the chain rule: ∂/∂x sin(xy) = cos(xy) · ∂(xy)/∂x, and with y
held fixed ∂(xy)/∂x = y, so the sine term gives y·cos(xy), not cos(xy)."""

df_dx = "2*x*y + cos(x*y)"
