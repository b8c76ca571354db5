"""Matrix multiplication as composition: AB is "do B, then A".

Shows that rotate-then-scale (SR) differs from scale-then-rotate (RS), and checks with numpy's
own product that (AB)x = A(Bx), (AB)C = A(BC), (AB)ᵀ = BᵀAᵀ, det(AB) = det A · det B, and that
an (n×k) matrix times a (k×m) matrix is n×m.
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

    print("1. Not commutative: rotate-then-scale ≠ scale-then-rotate")
    R = np.array([[0.0, -1.0], [1.0, 0.0]])  # rotate by 90°
    S = np.diag([2.0, 1.0])  # stretch x by 2
    e1 = np.array([1.0, 0.0])
    print(f"   R (90° rotation) =\n{block(R)}\n   S = diag(2, 1) =\n{block(S)}")
    print(f"   SR (rotate, then scale) =\n{block(S @ R)}")
    print(f"   RS (scale, then rotate) =\n{block(R @ S)}")
    print(f"   SR e₁ = {S @ R @ e1}   (e₁ → e₂ → (0, 1))")
    print(f"   RS e₁ = {R @ S @ e1}   (e₁ → (2, 0) → (0, 2))")
    R60 = np.array([[0.5, -np.sqrt(3) / 2], [np.sqrt(3) / 2, 0.5]])
    print(f"   exception: two rotations commute, R·R60 == R60·R: {np.allclose(R @ R60, R60 @ R)}")

    print("\n2. (AB)x = A(Bx): the product is the composition")
    A = rng.normal(size=(3, 4))
    B = rng.normal(size=(4, 2))
    C = rng.normal(size=(2, 5))
    x = rng.normal(size=2)
    print(f"   (AB)x = {(A @ B) @ x}")
    print(f"   A(Bx) = {A @ (B @ x)}")
    col = 2  # counted from 1, as in the text; NumPy's index is col − 1
    print(
        f"   column {col} of AB equals A·(column {col} of B): "
        f"{np.allclose((A @ B)[:, col - 1], A @ B[:, col - 1])}"
    )

    print("\n3. Shapes: (n×k)(k×m) = n×m")
    print(f"   A {A.shape} · B {B.shape} = AB {(A @ B).shape}")
    try:
        _ = B @ A
    except ValueError:
        print(
            f"   B {B.shape} · A {A.shape} raises ValueError: inner dimensions "
            f"{B.shape[1]} ≠ {A.shape[0]}, so BA is not even defined"
        )

    print("\n4. Associative, and the transpose reverses the order")
    print(f"   (AB)C == A(BC): {np.allclose((A @ B) @ C, A @ (B @ C))}")
    print(f"   (AB)ᵀ == BᵀAᵀ:  {np.allclose((A @ B).T, B.T @ A.T)}")
    print(
        f"   (AB)ᵀ has shape {(A @ B).T.shape}; AᵀBᵀ would need {A.T.shape}·{B.T.shape}, "
        "which does not fit"
    )

    print("\n5. Areas multiply along the chain")
    M, N = rng.normal(size=(2, 2)), rng.normal(size=(2, 2))
    det = np.linalg.det
    print(f"   det(MN) = {det(M @ N):+.4f},  det M · det N = {det(M) * det(N):+.4f}")


if __name__ == "__main__":
    main()
