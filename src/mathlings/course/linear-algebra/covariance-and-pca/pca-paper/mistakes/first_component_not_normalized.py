"""Your FIRST_COMPONENT points the right way but is not a unit vector; divide it by its length
√(v₁² + v₂²).
"""

MEAN = [4, 3]

COVARIANCE = [[4, 3], [3, 4]]

EIGENVALUES = [7, 1]

FIRST_COMPONENT = [1, 1]

PROJECTIONS = [-6, -1, -1, 4, 4]
