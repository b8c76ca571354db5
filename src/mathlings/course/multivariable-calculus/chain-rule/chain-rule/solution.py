# sin(u) with u = x²: cos(u) · u′ = cos(x²) · 2x.
d_sin_x_squared = "2*x*cos(x**2)"

# exp(v) with v = −u², u = a·x + b: exp(v) · (−2u) · a.
d_gaussian_bump = "-2*a*(a*x + b)*exp(-(a*x + b)**2)"

# σ(t) with t = w·x + b: σ′(t) · ∂t/∂w = σ(t)(1 − σ(t)) · x.
d_sigmoid_weight = "x*sigmoid(w*x + b)*(1 - sigmoid(w*x + b))"

# log(u) with u = 1 + eˣ: u′/u = eˣ / (1 + eˣ), which is σ(x).
d_softplus = "exp(x)/(1 + exp(x))"

# log(u), u = 1 + v², v = cos(x): (1/u) · 2v · (−sin(x)).
d_three_deep = "-2*cos(x)*sin(x)/(1 + cos(x)**2)"
