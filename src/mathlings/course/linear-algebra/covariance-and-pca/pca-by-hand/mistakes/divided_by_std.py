"""You also divided by each column's standard deviation, which standardizes X (as StandardScaler
does); centering only subtracts the mean point, Xc = X − x̄, and keeps each feature's own scale.
"""

import numpy as np


def center(X):
    with np.errstate(invalid="ignore", divide="ignore"):  # keeps this file's warnings out of yours
        return (X - X.mean(axis=0)) / X.std(axis=0)
