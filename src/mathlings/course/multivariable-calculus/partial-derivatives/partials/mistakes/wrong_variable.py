"""Your ∂f/∂x is the derivative with respect to y: for ∂f/∂x hold y fixed and differentiate in x."""

df_dx = "x**2 + x*cos(x*y)"
