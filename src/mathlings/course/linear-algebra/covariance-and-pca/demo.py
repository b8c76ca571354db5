"""Covariance and PCA: why the principal components are the top eigenvectors of C.

First the lesson's four points on paper: mean, centered points, C, eigenvalues, v₁, scores. Then
on a correlated 2-D cloud: C = (1/n)XᵀX after centering, and the 1/(n−1) version has the same
eigenvectors; the variance of the projection onto a unit v equals vᵀCv and is never negative;
sweeping v around the circle, the variance peaks at λ₁ and the reconstruction error bottoms out at
λ₂, both at v₁; λᵢ = σᵢ²/n from the SVD of the centered data; flipping a component's sign
changes nothing; the PCA coordinates are uncorrelated with variances λ₁, λ₂. Last, why C is
computed from centered data rather than as E[xxᵀ] − μμᵀ.
"""

from __future__ import annotations

import textwrap

import numpy as np


def block(M: np.ndarray) -> str:
    """A matrix printed on its own lines, indented under the text."""
    return textwrap.indent(str(M), "      ")


def descending_eigh(C: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Eigenvalues largest first, with their unit eigenvectors as the columns of V."""
    lam, V = np.linalg.eigh(C)  # ascending
    return lam[::-1], V[:, ::-1]


def on_paper() -> None:
    print("1. The lesson's four points, step by step")
    points = np.array([[0.0, 0.0], [2.0, 2.0], [4.0, 4.0], [6.0, 2.0]])
    n = len(points)
    mean = points.mean(axis=0)
    centered = points - mean
    C = centered.T @ centered / n
    lam, V = descending_eigh(C)
    v1 = V[:, 0] * np.sign(V[0, 0])  # the sign with a positive x-part, as on paper
    scores = centered @ v1
    print(f"   points {points.tolist()}")
    print(f"   mean {mean},  centered {centered.tolist()}")
    print(f"   C =\n{block(C)}")
    print(f"   eigenvalues {lam},  v₁ = {v1} = (2, 1)/√5 = {np.array([2.0, 1.0]) / np.sqrt(5)}")
    print(f"   scores z = {scores} = (−8, −2, 4, 6)/√5,  mean of z² = {np.mean(scores**2):.4f}")
    residual = centered - np.outer(scores, v1)
    print(f"   mean squared distance to the line along v₁ = {np.mean(np.sum(residual**2, 1)):.4f}")


def main() -> None:
    np.set_printoptions(precision=4, suppress=True)
    rng = np.random.default_rng(0)
    on_paper()

    n = 500
    latent = rng.normal(size=(n, 2)) * np.array([3.0, 0.7])  # spread 3 and 0.7 along the axes
    angle = np.radians(30)
    turn = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    data = latent @ turn.T + np.array([5.0, -2.0])  # tilt by 30° and move away from 0

    print("\n2. A cloud of 500 points: center, then C = (1/n) XᵀX")
    X = data - data.mean(axis=0)
    C = X.T @ X / n
    C_unbiased = np.cov(data, rowvar=False)  # divides by n − 1
    print(f"   column means after centering: {X.mean(axis=0)}")
    print(f"   C (1/n) =\n{block(C)}\n   np.cov (1/(n−1)) =\n{block(C_unbiased)}")
    lam, V = descending_eigh(C)
    lam_u, V_u = descending_eigh(C_unbiased)
    same_axes = np.allclose(np.abs(V.T @ V_u), np.eye(2))
    print(f"   same eigenvectors (up to sign): {same_axes}")
    print(
        f"   eigenvalue ratios (n−1 version / n version): "
        f"{', '.join(f'{r:.4f}' for r in lam_u / lam)}  =  n/(n−1) = {n / (n - 1):.4f}"
    )

    print("\n3. Variance of the projection onto a unit v is vᵀCv, and never negative")
    for degrees in (0, 45, 100):
        v = np.array([np.cos(np.radians(degrees)), np.sin(np.radians(degrees))])
        scores = X @ v
        print(f"   v at {degrees:>3}°: var(Xv) = {scores.var():.4f},  vᵀCv = {v @ C @ v:.4f}")
    many = rng.normal(size=(2, 10_000))
    quadratic = np.einsum("ik,ij,jk->k", many, C, many)  # vᵀCv for 10,000 random v
    print(f"   smallest vᵀCv over 10,000 random v: {quadratic.min():.2e} ≥ 0 (C is PSD)")

    print("\n4. Sweep v around the circle: most variance and least error, both at v₁")
    degrees = np.arange(0.0, 180.0, 0.5)
    directions = np.stack([np.cos(np.radians(degrees)), np.sin(np.radians(degrees))])
    variances = np.einsum("ik,ij,jk->k", directions, C, directions)  # vᵀCv for every column v
    total = np.mean(np.sum(X**2, axis=1))  # mean ‖xᵢ‖² = tr C
    errors = total - variances  # mean ‖xᵢ − (xᵢ·v)v‖², by Pythagoras
    best, least = int(np.argmax(variances)), int(np.argmin(errors))
    v1 = V[:, 0] * np.sign(V[0, 0])  # pick the sign with a positive x-part, for display
    print(f"   max variance {variances[best]:.4f} at {degrees[best]:.1f}°")
    print(f"   min reconstruction error {errors[least]:.4f} at {degrees[least]:.1f}°")
    print(
        f"   top eigenvector v₁ = {v1} at {np.degrees(np.arctan2(v1[1], v1[0])):.1f}°,"
        f"  λ₁ = {lam[0]:.4f},  λ₂ = {lam[1]:.4f}"
    )
    print(f"   variance + error = {variances[best] + errors[best]:.4f} = tr C = {np.trace(C):.4f}")
    print("   (the cloud was drawn with variances 3² = 9 and 0.7² = 0.49, tilted by 30°)")
    print(f"   explained-variance ratios λᵢ/Σλ = {lam / lam.sum()}")

    print("\n5. The same from the SVD of the centered data: λᵢ = σᵢ²/n, directions vᵢ")
    _, sigma, Vt = np.linalg.svd(X, full_matrices=False)
    print(f"   σᵢ²/n = {sigma**2 / n},  eigenvalues of C = {lam}")
    print(f"   rows of Vᵀ = eigenvectors (up to sign): {np.allclose(np.abs(Vt @ V), np.eye(2))}")

    print("\n6. A component is unique only up to sign")
    for sign in (1, -1):
        v = sign * v1
        print(f"   v = {v}:  vᵀCv = {v @ C @ v:.4f},  Cv = λ₁v: {np.allclose(C @ v, lam[0] * v)}")

    print("\n7. In PCA coordinates the features are uncorrelated")
    Z = X @ V  # coordinates along v₁, v₂
    print(f"   covariance of Z = XV:\n{block(Z.T @ Z / n)}")
    print(f"   = diag(λ₁, λ₂) = diag({lam[0]:.4f}, {lam[1]:.4f})")

    print("\n8. Center first: the shortcut (1/n) Σᵢ xᵢxᵢᵀ − μμᵀ cancels away the digits")
    for offset in (5.0, 1e4, 1e8):
        shifted = latent + offset  # the same spread, the mean moved to `offset`
        mu = shifted.mean(axis=0)
        centered = shifted - mu
        right = centered.T @ centered / n
        shortcut = shifted.T @ shifted / n - np.outer(mu, mu)
        gap = np.linalg.norm(shortcut - right) / np.linalg.norm(right)
        print(f"   mean ≈ {offset:.0e}, spread ≈ 3: relative error of the shortcut {gap:.1e}")


if __name__ == "__main__":
    main()
