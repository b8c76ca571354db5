"""You differentiated sin but not what is inside it: the chain rule multiplies cos(x²) by the
inner derivative, d/dx x² = 2x.
"""

d_sin_x_squared = "cos(x**2)"
