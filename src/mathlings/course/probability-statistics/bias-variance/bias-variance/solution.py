import numpy as np


def decompose(f, x_train, x0, degree, sigma, noise, test_noise):
    """The expected squared error at x0 of a degree-d polynomial fit, over R training sets:
    run r fits p_r to yᵣ = f(x_train) + noise[r] and predicts ŷᵣ = p_r(x0); its fresh target
    is y0ᵣ = f(x0) + test_noise[r]. With ȳ = (1/R) Σᵣ ŷᵣ,
        bias² = (ȳ − f(x0))²,  variance = (1/R) Σᵣ (ŷᵣ − ȳ)²,  noise = σ²,
        expected error = (1/R) Σᵣ (ŷᵣ − y0ᵣ)²  ≈  bias² + variance + noise."""
    runs = noise.shape[0]
    predictions = np.empty(runs)
    for r in range(runs):
        y_train = f(x_train) + noise[r]
        coefficients = np.polyfit(x_train, y_train, degree)
        predictions[r] = np.polyval(coefficients, x0)
    mean_prediction = np.mean(predictions)
    bias2 = (mean_prediction - f(x0)) ** 2
    variance = np.mean((predictions - mean_prediction) ** 2)
    y0 = f(x0) + test_noise
    expected_error = np.mean((predictions - y0) ** 2)
    return bias2, variance, sigma**2, expected_error
