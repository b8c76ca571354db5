import numpy as np


def power_iteration(A, tol=1e-10, max_iter=10000):
    """The eigenvalue of largest |λ| and a unit eigenvector, by repeated multiplication.

    v₀ = a random unit vector (it has a component along the top eigenvector v₁);
    v_{k+1} = A v_k / ‖A v_k‖: the v₁ part grows like |λ₁|ᵏ, every other part like |λᵢ|ᵏ, so the
    error shrinks like |λ₂/λ₁|ᵏ. Stop when v stops changing, up to sign (for λ₁ < 0 each step
    flips v): min(‖v_{k+1} − v_k‖, ‖v_{k+1} + v_k‖) < tol, or after max_iter steps.
    λ = vᵀAv, the Rayleigh quotient of the unit vector v.
    """
    n = A.shape[0]
    rng = np.random.default_rng(0)
    v = rng.standard_normal(n)
    v = v / np.linalg.norm(v)
    for _ in range(max_iter):
        w = A @ v
        v_next = w / np.linalg.norm(w)
        change = min(np.linalg.norm(v_next - v), np.linalg.norm(v_next + v))
        v = v_next
        if change < tol:
            break
    lam = v @ A @ v
    return lam, v
