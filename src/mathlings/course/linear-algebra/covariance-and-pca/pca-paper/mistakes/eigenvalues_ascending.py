"""You wrote the eigenvalues smallest first; PCA orders them largest first, λ₁ ≥ λ₂."""

MEAN = [4, 3]

COVARIANCE = [[4, 3], [3, 4]]

EIGENVALUES = [1, 7]

FIRST_COMPONENT = [0.7071, 0.7071]

PROJECTIONS = [-4.2426, -0.7071, -0.7071, 2.8284, 2.8284]
