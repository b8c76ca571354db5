"""Your PROJECTIONS have the opposite sign to your FIRST_COMPONENT; project onto the v₁ you typed
in, zᵢ = x̃ᵢ · v₁ (flip both or neither).
"""

MEAN = [4, 3]

COVARIANCE = [[4, 3], [3, 4]]

EIGENVALUES = [7, 1]

FIRST_COMPONENT = [-0.7071, -0.7071]

PROJECTIONS = [-4.2426, -0.7071, -0.7071, 2.8284, 2.8284]
