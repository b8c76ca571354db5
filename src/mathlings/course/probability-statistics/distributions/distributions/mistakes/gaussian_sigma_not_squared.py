"""The exponent is −(x − μ)² / (2σ²): you divided by 2σ, not 2σ²."""


def gaussian_pdf(x, mu, sigma):
    return math.exp(-((x - mu) ** 2) / (2 * sigma)) / (sigma * math.sqrt(2 * math.pi))
