"""That is the forward difference's rule h ∝ √(ε/M): a central difference's truncation error is
M₃h²/6, of order h², so setting E′(h) = M₃h/3 − ε/h² to 0 gives h³ = 3ε/M₃, a cube root."""


def best_step(M3, eps):
    if M3 <= 0 or eps <= 0:
        raise ValueError("M3 and eps must be positive")
    return (eps / M3) ** 0.5
