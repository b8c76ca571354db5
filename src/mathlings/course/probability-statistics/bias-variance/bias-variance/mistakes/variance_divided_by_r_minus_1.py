"""You divided the variance by R − 1; this drill's variance is the plain average over the R
training sets, (1/R) Σᵣ (ŷᵣ − ȳ)², the one with which bias² + variance is exactly the mean of
(ŷᵣ − f(x0))² (with 1/(R − 1) the identity is off by variance/(R − 1))."""


def decompose(f, x_train, x0, degree, sigma, noise, test_noise):
    runs = noise.shape[0]
    predictions = np.empty(runs)
    for r in range(runs):
        y_train = f(x_train) + noise[r]
        coefficients = np.polyfit(x_train, y_train, degree)
        predictions[r] = np.polyval(coefficients, x0)
    mean_prediction = np.mean(predictions)
    bias2 = (mean_prediction - f(x0)) ** 2
    variance = np.sum((predictions - mean_prediction) ** 2) / (runs - 1)
    expected_error = np.mean((predictions - f(x0) - test_noise) ** 2)
    return bias2, variance, sigma**2, expected_error
