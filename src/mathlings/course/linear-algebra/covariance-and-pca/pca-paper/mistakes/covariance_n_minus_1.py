"""You divided by n − 1 = 4; this drill uses C = (1/n) XcᵀXc with n = 5."""

MEAN = [4, 3]

COVARIANCE = [[5, 3.75], [3.75, 5]]

EIGENVALUES = [8.75, 1.25]

FIRST_COMPONENT = [0.7071, 0.7071]

PROJECTIONS = [-4.2426, -0.7071, -0.7071, 2.8284, 2.8284]
