"""You returned the bias ȳ − f(x0) itself, not its square; the decomposition adds squared
errors, so its first term is bias² = (ȳ − f(x0))², never negative."""


def decompose(f, x_train, x0, degree, sigma, noise, test_noise):
    runs = noise.shape[0]
    predictions = np.empty(runs)
    for r in range(runs):
        y_train = f(x_train) + noise[r]
        coefficients = np.polyfit(x_train, y_train, degree)
        predictions[r] = np.polyval(coefficients, x0)
    mean_prediction = np.mean(predictions)
    bias = mean_prediction - f(x0)
    variance = np.mean((predictions - mean_prediction) ** 2)
    expected_error = np.mean((predictions - f(x0) - test_noise) ** 2)
    return bias, variance, sigma**2, expected_error
