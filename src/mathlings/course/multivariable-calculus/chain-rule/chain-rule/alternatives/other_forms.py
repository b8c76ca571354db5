"""Equivalent forms that look different: double angles, e, ln, reordered products."""

d_sin_x_squared = "2*cos(x*x)*x"

d_gaussian_bump = "-(2*a**2*x + 2*a*b) / e**((a*x + b)**2)"

d_sigmoid_weight = "sigmoid(b + w*x)*sigmoid(-(b + w*x))*x"

d_softplus = "e**x/(e**x + 1)"

d_three_deep = "-sin(2*x)/(1 + cos(x)**2)"
