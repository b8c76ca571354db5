"""You took σ′(w·x + b) but not ∂(w·x + b)/∂w = x: the derivative with respect to the weight
carries the input x as a factor.
"""

d_sigmoid_weight = "sigmoid(w*x + b)*(1 - sigmoid(w*x + b))"
