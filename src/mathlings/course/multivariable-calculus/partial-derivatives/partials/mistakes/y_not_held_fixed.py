"""You differentiated y as well, as if it changed with x: in ∂f/∂x every other variable is held
fixed, so x²y gives 2xy (y is a constant factor) and no product-rule term for y."""

df_dx = "2*x*y + x**2 + y*cos(x*y)"
