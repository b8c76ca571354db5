"""You estimated λ by the sample variance; a Poisson's mean and variance are both λ, but the
likelihood is maximized at the sample mean, λ̂ = (1/n) Σᵢ xᵢ."""


def poisson_mle(x):
    return float(np.mean((x - np.mean(x)) ** 2))
