"""You projected the original points; project the centered points, zᵢ = (xᵢ − x̄) · v₁."""

MEAN = [4, 3]

COVARIANCE = [[4, 3], [3, 4]]

EIGENVALUES = [7, 1]

FIRST_COMPONENT = [0.7071, 0.7071]

PROJECTIONS = [0.7071, 4.2426, 4.2426, 7.7782, 7.7782]
