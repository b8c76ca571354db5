"""Singular value decomposition: every matrix is rotate, scale, rotate.

Checks A = UΣVᵀ with orthogonal U and V, Avᵢ = σᵢuᵢ, and that σᵢ² are the eigenvalues of AᵀA.
Shows that the rank-k truncation has Frobenius error sqrt(Σ_{i>k} σᵢ²), which other rank-k
choices do not beat (Eckart–Young), with the energy each k keeps and the relative error
sqrt(1 − energy) that goes with it, the condition number σ₁/σ_min(m,n), and that a ratings
matrix made from two hidden taste factors has two large singular values.
"""

from __future__ import annotations

import numpy as np


def truncate(U: np.ndarray, sigma: np.ndarray, Vt: np.ndarray, keep: list[int]) -> np.ndarray:
    """The sum of the rank-1 pieces σᵢuᵢvᵢᵀ for i in keep."""
    return (U[:, keep] * sigma[keep]) @ Vt[keep]


def main() -> None:
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)

    print("1. A = UΣVᵀ for a 5×4 matrix")
    A = rng.normal(size=(5, 4))
    U, sigma, Vt = np.linalg.svd(A, full_matrices=False)
    print(f"   singular values σ = {sigma}  (sorted, ≥ 0)")
    print(f"   UΣVᵀ == A: {np.allclose(U @ np.diag(sigma) @ Vt, A)}")
    I = np.eye(4)
    print(f"   UᵀU = I: {np.allclose(U.T @ U, I)},  VᵀV = I: {np.allclose(Vt @ Vt.T, I)}")
    print(f"   Av₁ = σ₁u₁: {np.allclose(A @ Vt[0], sigma[0] * U[:, 0])}")
    eig_AtA = np.sort(np.linalg.eigvalsh(A.T @ A))[::-1]
    print(f"   eigenvalues of AᵀA = {eig_AtA}")
    print(f"   σᵢ²                = {sigma**2}")

    print("\n2. σ₁ is the most A stretches a unit vector")
    x = rng.normal(size=(4, 10_000))
    x /= np.linalg.norm(x, axis=0)
    print(
        f"   max ‖Ax‖ over 10,000 random unit x = {np.linalg.norm(A @ x, axis=0).max():.4f}"
        f"  ≤  σ₁ = {sigma[0]:.4f}"
    )

    print("\n3. Best rank-k approximation (Eckart–Young)")
    energy = np.cumsum(sigma**2) / np.sum(sigma**2)
    for k in range(1, len(sigma) + 1):
        A_k = truncate(U, sigma, Vt, list(range(k)))
        error = np.linalg.norm(A - A_k)  # Frobenius by default
        predicted = np.sqrt(np.sum(sigma[k:] ** 2))
        relative = error / np.linalg.norm(A)
        print(
            f"   k = {k}: ‖A − A_k‖_F = {error:.4f}, sqrt(Σ_(i>k) σᵢ²) = {predicted:.4f};"
            f" energy {energy[k - 1]:.1%}, relative error {relative:.1%}"
        )
    print("   relative error = sqrt(1 − energy kept) each time, since ‖A‖_F² = Σᵢ σᵢ²")
    k = 2
    best = np.linalg.norm(A - truncate(U, sigma, Vt, [0, 1]))
    B = rng.normal(size=(5, 2)) @ rng.normal(size=(2, 4))
    B_scaled = B * np.sum(A * B) / np.sum(B * B)  # the best multiple of a random rank-2 B
    others = {
        "triplets 1 and 3": truncate(U, sigma, Vt, [0, 2]),
        "triplets 2 and 3": truncate(U, sigma, Vt, [1, 2]),
        "random rank 2, best scale": B_scaled,
    }
    print(f"   rank {k}: top-{k} truncation error = {best:.4f}; other rank-{k} choices:")
    for name, A_other in others.items():
        print(f"     {name:<26} error = {np.linalg.norm(A - A_other):.4f}")

    print(
        "   95% of the energy kept leaves a relative error of sqrt(0.05) =", f"{np.sqrt(0.05):.1%}"
    )

    print("\n4. Condition number κ = σ₁/σ_min(m,n): the most stretch over the least")
    print(f"   A is 5×4: σ₁ = {sigma[0]:.4f}, σ₄ = {sigma[-1]:.4f}, κ = {sigma[0] / sigma[-1]:.4f}")
    print(f"   np.linalg.cond(A) = {np.linalg.cond(A):.4f}")
    x_true = Vt[0]  # b = A x along u₁, the direction A stretches most
    db = 1e-6 * U[:, -1]  # a small error in b along u₄, the direction A stretches least
    x_hat, *_ = np.linalg.lstsq(A, A @ x_true + db, rcond=None)
    amplification = (np.linalg.norm(x_hat - x_true) / np.linalg.norm(x_true)) / (
        np.linalg.norm(db) / np.linalg.norm(A @ x_true)
    )
    print("   worst case, b along u₁ and its error along u₄: the relative error grows")
    print(f"   {amplification:.4f} times in x, which is κ")

    print("\n5. Ratings from two hidden taste factors are (nearly) rank 2")
    users = rng.normal(size=(8, 2))  # how much each user likes action, romance
    movies = rng.normal(size=(2, 6))  # how much each movie has of each
    ratings = 3 + users @ movies + 0.1 * rng.normal(size=(8, 6))
    centered = ratings - ratings.mean()
    sigma_r = np.linalg.svd(centered, compute_uv=False)
    print(f"   σ of the (centered) 8×6 ratings matrix: {sigma_r}")
    share = np.sum(sigma_r[:2] ** 2) / np.sum(sigma_r**2)
    print(f"   the top 2 carry {share:.2%} of the energy: a few factors explain the ratings,")
    print("   which is what lets a low-rank model fill in ratings nobody has given yet.")


if __name__ == "__main__":
    main()
