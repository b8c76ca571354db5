"""Checks for chain-rule: five derivatives of compositions, typed in as formulas and compared as
mathematics (SymPy, then seeded points)."""

from mathlings.checker import Value, formula

CHECKS = [
    Value("d_sin_x_squared", "2*x*cos(x**2)", compare=formula("x")),
    Value("d_gaussian_bump", "-2*a*(a*x + b)*exp(-(a*x + b)**2)", compare=formula("x", "a", "b")),
    Value(
        "d_sigmoid_weight",
        "x*sigmoid(w*x + b)*(1 - sigmoid(w*x + b))",
        compare=formula("w", "x", "b"),
    ),
    Value("d_softplus", "sigmoid(x)", compare=formula("x")),
    Value("d_three_deep", "-sin(2*x)/(1 + cos(x)**2)", compare=formula("x")),
]
