"""You used σ itself as its derivative: σ′(t) = σ(t)(1 − σ(t)), so the answer is
x·σ(w·x + b)(1 − σ(w·x + b)).
"""

d_sigmoid_weight = "x*sigmoid(w*x + b)"
