"""Eigenvalues and eigenvectors: the directions a matrix only scales.

Checks Av = λv and the 2×2 characteristic polynomial λ² − tr(A)λ + det(A) = 0, shows that a
rotation has a complex pair, that a symmetric matrix has real eigenvalues and orthogonal
eigenvectors (A = QΛQᵀ), that eigenvectors are defined only up to scale and sign, and that the
direction of Aᵏv approaches the top eigenvector at the rate |λ₂/λ₁| per step.
"""

from __future__ import annotations

import textwrap

import numpy as np


def block(M: np.ndarray) -> str:
    """A matrix printed on its own lines, indented under the text."""
    return textwrap.indent(str(M), "      ")


def main() -> None:
    np.set_printoptions(precision=4, suppress=True)

    print("1. Av = λv and the characteristic polynomial")
    A = np.array([[4.0, 1.0], [2.0, 3.0]])
    lambdas, V = np.linalg.eig(A)
    for lam, v in zip(lambdas, V.T, strict=True):
        print(f"   λ = {lam:.4f}, v = {v}:  Av = {A @ v},  λv = {lam * v}")
    tr, det = np.trace(A), np.linalg.det(A)
    print(f"   tr(A) = {tr:.4f}, det(A) = {det:.4f}")
    print(f"   roots of λ² − {tr:.0f}λ + {det:.0f}: {np.sort(np.roots([1.0, -tr, det]))}")
    print(f"   sum of λ = {lambdas.sum():.4f} = tr,  product of λ = {lambdas.prod():.4f} = det")

    print("\n2. A rotation has a complex pair: no real direction survives")
    theta = np.radians(30)
    R = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    tr_R, det_R = np.trace(R), np.linalg.det(R)
    print(f"   tr² − 4 det = {tr_R**2 - 4 * det_R:.4f} < 0")
    print(f"   eigenvalues: {np.linalg.eigvals(R)}  (cos 30° ± i sin 30°)")

    print("\n3. Symmetric matrix: real eigenvalues, orthonormal eigenvectors")
    S = np.array([[2.0, 1.0], [1.0, 2.0]])
    lam_S, Q = np.linalg.eigh(S)  # eigh: for symmetric matrices, eigenvalues ascending
    print(f"   eigenvalues {lam_S}, eigenvectors (columns of Q):\n{block(Q)}")
    print(
        f"   QᵀQ = I: {np.allclose(Q.T @ Q, np.eye(2))},  "
        f"QΛQᵀ = S: {np.allclose(Q @ np.diag(lam_S) @ Q.T, S)}"
    )

    print("\n4. Only the direction is determined")
    v = Q[:, 1]
    for c in (1.0, -1.0, 3.0):
        print(f"   c = {c:+.0f}: S(cv) = λ(cv)?  {np.allclose(S @ (c * v), lam_S[1] * c * v)}")
    w = np.array([0.6, -2.0])
    print(f"   repeated eigenvalue: for 2I, any w is an eigenvector, 2I·w = {2 * np.eye(2) @ w}")

    print("\n5. Aᵏv swings onto the top eigenvector at rate |λ₂/λ₁|")
    print("   error = tan(angle between Aᵏv and the top eigenvector) = |v₂-part| / |v₁-part|")
    v0 = np.array([1.0, 0.3])
    for M in (S, np.array([[2.0, 0.1], [0.1, 2.0]])):
        lam, Qm = np.linalg.eigh(M)  # ascending: column 1 is the top eigenvector
        ratio = abs(lam[0] / lam[1])
        print(f"   M = {M.tolist()}: λ₁ = {lam[1]:.1f}, λ₂ = {lam[0]:.1f}, |λ₂/λ₁| = {ratio:.4f}")
        errors = {}
        for k in (0, 1, 2, 5, 10, 20):
            coords = Qm.T @ (np.linalg.matrix_power(M, k) @ v0)  # (v₂-part, v₁-part)
            errors[k] = abs(coords[0] / coords[1])
        for k, error in errors.items():
            predicted = ratio**k * errors[0]
            print(f"     k = {k:>2}: error = {error:.3e}   |λ₂/λ₁|ᵏ · error₀ = {predicted:.3e}")
    print("   A small gap (ratio near 1) means slow convergence: that is why the gap matters.")


if __name__ == "__main__":
    main()
