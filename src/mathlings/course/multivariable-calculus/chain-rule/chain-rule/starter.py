# Replace each ... with the derivative you worked out, as a string such as "2*x*cos(x)".

d_sin_x_squared = ...  # d/dx sin(x²), in x

d_gaussian_bump = ...  # d/dx exp(−(a·x + b)²), in x, a, b

d_sigmoid_weight = ...  # ∂/∂w σ(w·x + b), in w, x, b

d_softplus = ...  # d/dx log(1 + exp(x)), in x

d_three_deep = ...  # d/dx log(1 + cos(x)²), in x
