"""You left out the factor e^(−λ): P(K = k) = e^(−λ) λᵏ / k! (it is what makes the masses sum
to 1)."""


def poisson_pmf(k, lam):
    if k < 0:
        return 0.0
    return math.exp(k * math.log(lam) - math.lgamma(k + 1))
