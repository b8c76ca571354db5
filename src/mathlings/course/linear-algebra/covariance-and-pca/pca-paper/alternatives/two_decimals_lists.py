"""Plain lists and tuples, rounded to two decimals, as read off a calculator."""

MEAN = (4.0, 3.0)

COVARIANCE = [[4.00, 3.00], [3.00, 4.00]]

EIGENVALUES = [7.00, 1.00]

FIRST_COMPONENT = [0.71, 0.71]

PROJECTIONS = [-4.24, -0.71, -0.71, 2.83, 2.83]
