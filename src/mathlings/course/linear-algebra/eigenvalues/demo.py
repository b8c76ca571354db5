"""Eigenvalues and eigenvectors: the directions a matrix only scales.

Checks Av = λv and the 2×2 characteristic polynomial λ² − tr(A)λ + det(A) = 0, shows that a
rotation has a complex pair and that any real 2×2 matrix with a complex pair is similar to a
scaled rotation, that a symmetric matrix has real eigenvalues and orthogonal eigenvectors
(A = QΛQᵀ), that eigenvectors are defined only up to scale and sign, that a repeated eigenvalue
may come with a whole plane of eigenvectors (2I) or with a single line ([[1, 1], [0, 1]]), that
the direction of Aᵏv approaches the top eigenvector at the rate |λ₂/λ₁| per step, what happens
without a gap (λ₁ = λ₂ converges, λ₁ = −λ₂ does not), and that rounding rescues a start
orthogonal to the top eigenvector.
"""

from __future__ import annotations

import textwrap

import numpy as np


def block(M: np.ndarray) -> str:
    """A matrix printed on its own lines, indented under the text."""
    return textwrap.indent(str(M), "      ")


def direction(x: np.ndarray) -> np.ndarray:
    """x scaled to length 1: only its direction matters here."""
    return x / np.linalg.norm(x)


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

    print("\n2. A complex pair: no real direction survives, and the matrix is a scaled rotation")
    theta = np.radians(30)
    R = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    tr_R, det_R = np.trace(R), np.linalg.det(R)
    print(f"   tr² − 4 det = {tr_R**2 - 4 * det_R:.4f} < 0")
    print(f"   eigenvalues: {np.linalg.eigvals(R)}  (cos 30° ± i sin 30°)")
    B = np.array([[1.0, -2.0], [1.0, 3.0]])
    lam_B, W = np.linalg.eig(B)
    top = int(np.argmax(lam_B.imag))  # the eigenvalue a + bi with b > 0
    a, b = lam_B[top].real, lam_B[top].imag
    P = np.column_stack([W[:, top].imag, W[:, top].real])  # a real basis from its eigenvector
    print(f"   B = {B.tolist()}: eigenvalues {lam_B}, a ± bi with a = {a:.4f}, b = {b:.4f}")
    print(f"   P⁻¹BP with P = [Im w, Re w] =\n{block(np.linalg.inv(P) @ B @ P)}")
    r, theta = np.hypot(a, b), np.degrees(np.arctan2(b, a))
    print(
        f"   = [[a, −b], [b, a]] = r·R(θ), r = |λ| = {r:.4f}, θ = {theta:.2f}°: a scaled rotation"
    )

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
    J = np.array([[1.0, 1.0], [0.0, 1.0]])
    lam_J, V_J = np.linalg.eig(J)
    rank = np.linalg.matrix_rank(J - np.eye(2))
    print(f"   J = [[1, 1], [0, 1]]: λ = {lam_J}, rank(J − I) = {rank}: one line of eigenvectors")
    print(f"   eig returns the columns\n{block(V_J)}\n   the same line twice, up to rounding")
    print(f"   J·(0, 1) = {J @ np.array([0.0, 1.0])}: a shear, not a scaling (J is defective)")

    print("\n5. Aᵏv swings onto the top eigenvector at rate |λ₂/λ₁|")
    print("   error = tan(angle between Aᵏv and the top eigenvector) = |v₂-part| / |v₁-part|")
    v0 = np.array([1.0, 0.3])
    for M in (S, np.array([[2.0, 0.1], [0.1, 2.0]])):
        lam, Qm = np.linalg.eigh(M)  # ascending: Qm[:, 1] is the top eigenvector
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

    print("\n6. No gap: λ₁ = λ₂ still converges (to a start-dependent vector), λ₁ = −λ₂ does not")
    tie = np.diag([2.0, 2.0, 1.0])
    for start in (np.array([1.0, 2.0, 3.0]), np.array([-2.0, 1.0, 1.0])):
        v_60 = direction(np.linalg.matrix_power(tie, 60) @ start)
        is_eigen = np.allclose(tie @ v_60, 2 * v_60)
        print(f"   diag(2, 2, 1) from {start}: v_60 = {v_60}, Av = 2v: {is_eigen}")
    flip = np.diag([2.0, -2.0, 1.0])
    start = np.array([1.0, 2.0, 3.0])
    for k in (60, 61, 62):
        print(f"   diag(2, −2, 1): v_{k} = {direction(np.linalg.matrix_power(flip, k) @ start)}")
    print("   the (2, −2) parts flip against each other every step: v never settles")

    print("\n7. A start orthogonal to v₁: exact arithmetic never finds v₁, rounding does")
    rng = np.random.default_rng(1)
    Q3, _ = np.linalg.qr(rng.normal(size=(3, 3)))
    M3 = Q3 @ np.diag([3.0, 1.0, 0.5]) @ Q3.T  # v₁ = the first column of Q3
    v1 = Q3[:, 0]
    v = rng.normal(size=3)
    v = direction(v - (v @ v1) * v1)  # remove the v₁ part, up to rounding
    print(f"   start with |v·v₁| = {abs(v @ v1):.1e} (zero but for rounding)")
    for k in range(1, 200):
        v = direction(M3 @ v)
        if abs(v @ v1) > 0.99:
            print(f"   after {k} steps |v·v₁| = {abs(v @ v1):.4f}: the rounding error grew by 3ᵏ")
            break
    C2 = np.array([[1.0, -2.0], [-2.0, 1.0]])  # v₁ = (1, −1)/√2 for λ₁ = 3
    v = direction(np.array([1.0, 1.0]))
    for _ in range(1000):
        v = direction(C2 @ v)
    print(f"   but [[1, −2], [−2, 1]] from (1, 1): each step is exact, v_1000 = {v}, still (1, 1)")


if __name__ == "__main__":
    main()
