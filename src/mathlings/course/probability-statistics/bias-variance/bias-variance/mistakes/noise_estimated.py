"""You estimated the noise term from the test noise, (1/R) Σᵣ εᵣ²; the irreducible error is the
noise's variance σ², which is given: use σ² itself (the estimate only scatters around it)."""


def decompose(f, x_train, x0, degree, sigma, noise, test_noise):
    runs = noise.shape[0]
    predictions = np.empty(runs)
    for r in range(runs):
        y_train = f(x_train) + noise[r]
        coefficients = np.polyfit(x_train, y_train, degree)
        predictions[r] = np.polyval(coefficients, x0)
    mean_prediction = np.mean(predictions)
    bias2 = (mean_prediction - f(x0)) ** 2
    variance = np.mean((predictions - mean_prediction) ** 2)
    expected_error = np.mean((predictions - f(x0) - test_noise) ** 2)
    return bias2, variance, np.mean(test_noise**2), expected_error
