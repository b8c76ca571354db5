# Replace each ... with the numbers you worked out on paper.

MEAN = ...  # [x̄, ȳ]

COVARIANCE = ...  # [[C₁₁, C₁₂], [C₂₁, C₂₂]], with 1/n

EIGENVALUES = ...  # [λ₁, λ₂], largest first

FIRST_COMPONENT = ...  # [u₁, u₂], a unit vector, either sign

PROJECTIONS = ...  # [z₁, z₂, z₃, z₄, z₅], zᵢ = (centered point i) · FIRST_COMPONENT
