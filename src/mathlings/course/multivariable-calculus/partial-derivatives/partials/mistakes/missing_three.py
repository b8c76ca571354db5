"""Your step lacks the factor 3: E′(h) = 2M₃h/6 − ε/h² = M₃h/3 − ε/h², which is 0 where
h³ = 3ε/M₃, not ε/M₃."""


def best_step(M3, eps):
    if M3 <= 0 or eps <= 0:
        raise ValueError("M3 and eps must be positive")
    return (eps / M3) ** (1 / 3)
