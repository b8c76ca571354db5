"""NumPy arrays (the projections as a column), the component with the other sign and the
projections flipped with it, decimals cut off rather than rounded."""

import numpy as np

MEAN = np.array([4.0, 3.0])

COVARIANCE = np.array([[4.0, 3.0], [3.0, 4.0]])

EIGENVALUES = np.array([7.0, 1.0])

FIRST_COMPONENT = np.array([-0.70, -0.70])

PROJECTIONS = np.array([[4.24], [0.70], [0.70], [-2.82], [-2.82]])
