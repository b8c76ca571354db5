"""You left the noise term out (returned 0); the target y0 = f(x0) + ε is itself noisy, so even
a perfect model errs by σ² on average: the irreducible error, noise = σ²."""


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
    return bias2, variance, 0.0, expected_error
