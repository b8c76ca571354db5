# Each derivative written out as one would on paper, sigmoid spelled with exp.

d_sin_x_squared = "cos(x^2) * 2*x"

d_gaussian_bump = "exp(-(a*x+b)^2) * (-2*(a*x+b)) * a"

d_sigmoid_weight = "x * exp(-(w*x+b)) / (1 + exp(-(w*x+b)))^2"

d_softplus = "1/(1 + exp(-x))"

d_three_deep = "(1/(1 + cos(x)^2)) * 2*cos(x) * (-sin(x))"
