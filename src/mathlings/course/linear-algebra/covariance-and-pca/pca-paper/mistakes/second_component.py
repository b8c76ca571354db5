"""Your FIRST_COMPONENT is the eigenvector of the smaller eigenvalue λ₂; the first principal
component belongs to the largest, λ₁.
"""

MEAN = [4, 3]

COVARIANCE = [[4, 3], [3, 4]]

EIGENVALUES = [7, 1]

FIRST_COMPONENT = [-0.7071, 0.7071]

PROJECTIONS = [0, 0.7071, -0.7071, 1.4142, -1.4142]
