"""You measured the bias against the noisy targets y0ᵣ = f(x0) + εᵣ; bias is how far the average
prediction ȳ is from the true value f(x0), bias² = (ȳ − f(x0))²: the noise belongs to the noise
term, not to the bias."""


def decompose(f, x_train, x0, degree, sigma, noise, test_noise):
    runs = noise.shape[0]
    predictions = np.empty(runs)
    for r in range(runs):
        y_train = f(x_train) + noise[r]
        coefficients = np.polyfit(x_train, y_train, degree)
        predictions[r] = np.polyval(coefficients, x0)
    mean_prediction = np.mean(predictions)
    y0 = f(x0) + test_noise
    bias2 = np.mean(predictions - y0) ** 2
    variance = np.mean((predictions - mean_prediction) ** 2)
    expected_error = np.mean((predictions - y0) ** 2)
    return bias2, variance, sigma**2, expected_error
