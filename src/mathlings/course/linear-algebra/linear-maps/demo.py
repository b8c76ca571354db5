"""Matrices as linear maps: columns are images of the basis, rotation, projection, determinant.

Shows that Ae₁ and Ae₂ are the columns of A and Ax is the column combination x₁Ae₁ + x₂Ae₂,
that a rotation keeps lengths (RᵀR = I, det R = 1), that a projection P = uuᵀ/(uᵀu) satisfies
P² = P and Pᵀ = P, that |det A| is the area of the image of the unit square, that Wx + b is
affine but not linear, and that evenly spaced grid lines stay evenly spaced and distinct under an
invertible map but pile up under a singular one.
"""

from __future__ import annotations

import itertools
import textwrap

import numpy as np


def block(M: np.ndarray) -> str:
    """A matrix printed on its own lines, indented under the text."""
    return textwrap.indent(str(M), "      ")


def polygon_area(corners: np.ndarray) -> float:
    """Area of a polygon whose corners (rows) are listed in order (the shoelace formula)."""
    x, y = corners[:, 0], corners[:, 1]
    return float(abs(x @ np.roll(y, -1) - y @ np.roll(x, -1)) / 2)


def main() -> None:
    np.set_printoptions(precision=4, suppress=True)
    e1, e2 = np.eye(2)

    print("1. The columns of A are where e₁ and e₂ land")
    A = np.array([[2.0, 1.0], [0.0, 1.0]])
    x = np.array([3.0, -2.0])
    print(f"   A =\n{block(A)}")
    print(f"   Ae₁ = {A @ e1} = column 1,  Ae₂ = {A @ e2} = column 2")
    print("   (columns are counted from 1 here; in NumPy column 1 is A[:, 0])")
    print(f"   x = {x}:  Ax = {A @ x},  x₁·Ae₁ + x₂·Ae₂ = {x[0] * (A @ e1) + x[1] * (A @ e2)}")

    print("\n2. Rotation by θ = 30°")
    theta = np.radians(30)
    R = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    print(f"   R =\n{block(R)}")
    print(f"   RᵀR = I: {np.allclose(R.T @ R, np.eye(2))},  det R = {np.linalg.det(R):.4f}")
    print(f"   ‖x‖ = {np.linalg.norm(x):.4f},  ‖Rx‖ = {np.linalg.norm(R @ x):.4f}")
    print(f"   Re₁ = {R @ e1} = (cos 30°, sin 30°)")

    print("\n3. Scaling diag(sx, sy) = diag(3, 0.5)")
    S = np.diag([3.0, 0.5])
    print(f"   Sx = {S @ x}  (each coordinate scaled separately),  det S = {np.linalg.det(S):.4f}")

    print("\n4. Projection onto the line spanned by u = (2, 1)")
    u = np.array([2.0, 1.0])
    u_hat = u / np.linalg.norm(u)
    P = np.outer(u_hat, u_hat)  # uuᵀ/(uᵀu), with the length divided out of u first
    print(f"   P = uuᵀ/(uᵀu) = ûûᵀ, û = u/‖u‖ =\n{block(P)}")
    print(f"   P² = P: {np.allclose(P @ P, P)},  Pᵀ = P: {np.allclose(P.T, P)}")
    print(f"   Px = {P @ x},  residual x − Px = {x - P @ x},  (x − Px)·u = {(x - P @ x) @ u:.1e}")
    print(f"   det P = {np.linalg.det(P):.1e}  (the plane is flattened onto a line)")

    print("\n5. |det A| is the area scaling factor")
    square = np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
    for name, M in (("A", A), ("R", R), ("S", S), ("P", P)):
        image = square @ M.T  # each corner c goes to Mc
        area, det = polygon_area(image), np.linalg.det(M)
        print(f"   {name}: area of image of unit square = {area:.4f},  det = {det:+.4f}")
    F = np.array([[0.0, 1.0], [1.0, 0.0]])
    print(f"   swap axes F = [[0, 1], [1, 0]]: det F = {np.linalg.det(F):+.1f}  (a mirror flip)")

    print("\n6. Wx + b is affine, not linear: the shift breaks both rules")
    b = np.array([1.0, -1.0])
    y = np.array([0.5, 2.0])

    def affine(v: np.ndarray) -> np.ndarray:
        return A @ v + b

    print(f"   f(0) = {affine(np.zeros(2))} ≠ 0")
    print(f"   f(x + y) = {affine(x + y)},  f(x) + f(y) = {affine(x) + affine(y)}")
    print(f"   f(2x) = {affine(2 * x)},  2·f(x) = {2 * affine(x)}")
    print(f"   without b: A(x + y) = {A @ (x + y)} = Ax + Ay = {A @ x + A @ y}")

    print("\n7. The grid lines x₁ = 0, 1, 2, 3 (each the line k·e₁ + t·e₂): where do they land?")
    singular = np.array([[1.0, 2.0], [0.5, 1.0]])  # det = 0: column 2 = 2 · column 1
    for name, M in (("A, det 2", A), ("singular, det 0", singular)):
        along = M @ e2  # every image line runs along M e₂
        crossings = [M @ (k * e1) for k in range(4)]  # where image line k passes at t = 0
        gaps = [
            abs(along[0] * (q - p)[1] - along[1] * (q - p)[0]) / np.linalg.norm(along)
            for p, q in itertools.pairwise(crossings)
        ]  # the distance between neighbouring image lines
        print(f"   {name}: images run along {along}, {len(gaps)} gaps between neighbours:", end="")
        print("".join(f" {g:.4f}" for g in gaps))
    print("   invertible: parallel, evenly spaced, distinct; singular: all on one line, gap 0")


if __name__ == "__main__":
    main()
