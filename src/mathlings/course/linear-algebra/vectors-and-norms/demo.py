"""Vectors and norms: the dot product as alignment, projection, Lp norms, cosine similarity.

Shows that u·v = ‖u‖‖v‖cos θ (with θ measured from the vectors' own angles), that the residual
of a projection is orthogonal to the line projected onto, how the L1, L2 and L∞ norms of the
same vector compare, and that cosine similarity ignores length.
"""

from __future__ import annotations

import numpy as np


def angle_of(v: np.ndarray) -> float:
    """The angle of a 2-D vector, measured from the x-axis."""
    return float(np.arctan2(v[1], v[0]))


def main() -> None:
    np.set_printoptions(precision=4, suppress=True)

    print("1. The dot product measures how much one vector points along another")
    u = np.array([3.0, 1.0])
    v = np.array([1.0, 2.0])
    theta = angle_of(v) - angle_of(u)
    print(f"   u = {u}, v = {v}, angle between them θ = {np.degrees(theta):.2f}°")
    print(f"   Σ uᵢvᵢ            = {u @ v:.4f}")
    print(f"   ‖u‖‖v‖ cos θ      = {np.linalg.norm(u) * np.linalg.norm(v) * np.cos(theta):.4f}")
    for w, meaning in ((np.array([-1.0, 3.0]), "perpendicular"), (-u, "pointing apart")):
        print(f"   u·{w} = {u @ w:+.1f}   ({meaning})")

    print("\n2. Projection of a onto b, and the residual")
    a = np.array([2.0, 3.0])
    b = np.array([3.0, 1.0])
    proj = (a @ b) / (b @ b) * b
    r = a - proj
    print(f"   a = {a}, b = {b}")
    print(f"   proj_b(a) = (a·b / b·b) b = {proj}")
    print(f"   residual r = a − proj = {r},  r·b = {r @ b:.1e}  (0 up to rounding)")
    print(f"   proj + r == a: {np.allclose(proj + r, a)}")

    print("\n3. Norms of one vector")
    x = np.array([3.0, -4.0, 1.0])
    l1, l2, linf = (np.linalg.norm(x, p) for p in (1, 2, np.inf))
    print(f"   x = {x}")
    print(f"   ‖x‖₁ = {l1:.4f}   ‖x‖₂ = {l2:.4f}   ‖x‖∞ = {linf:.4f}")
    print(f"   ‖x‖∞ ≤ ‖x‖₂ ≤ ‖x‖₁: {linf <= l2 <= l1}")
    for p in (1, 2, 4, 10, 50):
        print(f"   p = {p:<2}  ‖x‖ₚ = {np.sum(np.abs(x) ** p) ** (1 / p):.4f}")
    print("   (as p grows, ‖x‖ₚ approaches ‖x‖∞ = max |xᵢ|)")

    print("\n4. Cosine similarity ignores length")
    rng = np.random.default_rng(0)
    query = rng.normal(size=8)
    docs = {
        "same direction, 10x longer": 10 * query,
        "slightly perturbed": query + 0.3 * rng.normal(size=8),
        "unrelated": rng.normal(size=8),
        "opposite": -query,
    }
    for name, d in docs.items():
        cos = query @ d / (np.linalg.norm(query) * np.linalg.norm(d))
        print(f"   cos_sim(query, {name:<27}) = {cos:+.4f}")


if __name__ == "__main__":
    main()
