"""Covariance and PCA: why the principal components are the top eigenvectors of C.

On a correlated 2-D cloud: C = (1/n)XᵀX after centering, and the 1/(n−1) version has the same
eigenvectors; the variance of the projection onto a unit u equals uᵀCu; sweeping u around the
circle, the variance peaks at λ₁ exactly at the top eigenvector; flipping a component's sign
changes nothing; and the PCA coordinates are uncorrelated with variances λ₁, λ₂.
"""

from __future__ import annotations

import textwrap

import numpy as np


def block(M: np.ndarray) -> str:
    """A matrix printed on its own lines, indented under the text."""
    return textwrap.indent(str(M), "      ")


def main() -> None:
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)

    n = 500
    latent = rng.normal(size=(n, 2)) * np.array([3.0, 0.7])  # spread 3 and 0.7 along the axes
    angle = np.radians(30)
    turn = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    data = latent @ turn.T + np.array([5.0, -2.0])  # tilt by 30° and move away from 0

    print("1. Center, then C = (1/n) XᵀX")
    X = data - data.mean(axis=0)
    C = X.T @ X / n
    C_unbiased = np.cov(data, rowvar=False)  # divides by n − 1
    print(f"   column means after centering: {X.mean(axis=0)}")
    print(f"   C (1/n) =\n{block(C)}\n   np.cov (1/(n−1)) =\n{block(C_unbiased)}")
    lam, U = np.linalg.eigh(C)  # ascending
    lam, U = lam[::-1], U[:, ::-1]  # largest first
    lam_u, U_u = np.linalg.eigh(C_unbiased)
    lam_u, U_u = lam_u[::-1], U_u[:, ::-1]
    same_axes = np.allclose(np.abs(U.T @ U_u), np.eye(2))
    print(f"   same eigenvectors (up to sign): {same_axes}")
    print(
        f"   eigenvalue ratios (n−1 version / n version): "
        f"{', '.join(f'{r:.4f}' for r in lam_u / lam)}  =  n/(n−1) = {n / (n - 1):.4f}"
    )

    print("\n2. Variance of the projection onto a unit u is uᵀCu")
    for degrees in (0, 45, 100):
        u = np.array([np.cos(np.radians(degrees)), np.sin(np.radians(degrees))])
        scores = X @ u
        print(f"   u at {degrees:>3}°: var(Xu) = {scores.var():.4f},  uᵀCu = {u @ C @ u:.4f}")

    print("\n3. Sweep u around the circle: the variance peaks at λ₁, on the top eigenvector")
    degrees = np.arange(0.0, 180.0, 0.5)
    directions = np.stack([np.cos(np.radians(degrees)), np.sin(np.radians(degrees))])
    variances = np.einsum("ik,ij,jk->k", directions, C, directions)  # uᵀCu for every column u
    best = int(np.argmax(variances))
    u1 = U[:, 0] * np.sign(U[0, 0])  # pick the sign with a positive x-part, for display
    print(f"   max variance {variances[best]:.4f} at {degrees[best]:.1f}°")
    print(
        f"   top eigenvector u₁ = {u1} at {np.degrees(np.arctan2(u1[1], u1[0])):.1f}°,"
        f"  λ₁ = {lam[0]:.4f}"
    )
    print(f"   min variance {variances.min():.4f}  vs  λ₂ = {lam[1]:.4f}")
    print("   (the cloud was drawn with variances 3² = 9 and 0.7² = 0.49, tilted by 30°)")
    ratio = lam / lam.sum()
    print(f"   explained-variance ratios λᵢ/Σλ = {ratio}")

    print("\n4. A component is unique only up to sign")
    for sign in (1, -1):
        u = sign * u1
        print(f"   u = {u}:  uᵀCu = {u @ C @ u:.4f},  Cu = λ₁u: {np.allclose(C @ u, lam[0] * u)}")

    print("\n5. In PCA coordinates the features are uncorrelated")
    Z = X @ U  # coordinates along u₁, u₂
    print(f"   covariance of Z = XU:\n{block(Z.T @ Z / n)}")
    print(f"   = diag(λ₁, λ₂) = diag({lam[0]:.4f}, {lam[1]:.4f})")


if __name__ == "__main__":
    main()
