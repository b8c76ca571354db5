import math
import random


def power_iteration(A, tol=1e-10, max_iter=10000):
    """Plain Python lists. Each new v is flipped to agree in sign with the old one, so a plain
    ‖v_new − v‖ test works for a negative λ₁ too; λ as vᵀAv / vᵀv."""
    n = len(A)
    rows = [[float(x) for x in row] for row in A]

    def times(v):
        return [sum(r[j] * v[j] for j in range(n)) for r in rows]

    gen = random.Random(3)
    v = [gen.gauss(0.0, 1.0) for _ in range(n)]
    k = 0
    while k < max_iter:
        w = times(v)
        size = math.sqrt(sum(x * x for x in w))
        w = [x / size for x in w]
        if sum(a * b for a, b in zip(w, v)) < 0:
            w = [-x for x in w]
        change = math.sqrt(sum((a - b) ** 2 for a, b in zip(w, v)))
        v = w
        k += 1
        if change < tol:
            break
    Av = times(v)
    lam = sum(a * b for a, b in zip(v, Av)) / sum(x * x for x in v)
    return lam, v
