"""Lagrange multipliers and KKT conditions, on worked examples.

1. min x² + y² s.t. x + 2y = 5: the Lagrange conditions solved as one linear system, and the
   multiplier read as a price: λ = −∂f*/∂b, checked by moving the constraint.
2. min (x − 3)² s.t. x ≤ c for c = 1, 5, 3: guess the constraint active or slack, keep the guess
   that passes all four KKT tests.
3. The hard-margin SVM of six points, found by trying every small set of support vectors:
   solve the equalities, keep the set with αᵢ ≥ 0 and every margin ≥ 1. Then a non-support
   point is moved and w, b stay put: complementary slackness at work.
"""

from __future__ import annotations

from itertools import combinations

import numpy as np


def equality_example(rhs: float) -> tuple[np.ndarray, float]:
    """Stationarity (2x + λ, 2y + 2λ) = 0 and x + 2y = rhs, as a 3 x 3 system in (x, y, λ)."""
    system = np.array([[2.0, 0.0, 1.0], [0.0, 2.0, 2.0], [1.0, 2.0, 0.0]])
    x, y, lam = np.linalg.solve(system, np.array([0.0, 0.0, rhs]))
    return np.array([x, y]), float(lam)


def kkt_report(x: float, mu: float, cap: float) -> str:
    """The four KKT tests for min (x − 3)² s.t. x − cap ≤ 0, said in words."""
    slope = 2 * (x - 3) + mu  # d/dx of (x − 3)² + μ(x − cap)
    tests = {
        "stationary": abs(slope) < 1e-12,
        "feasible": x - cap <= 1e-12,
        "μ ≥ 0": mu >= 0,
        "μ·g = 0": abs(mu * (x - cap)) < 1e-12,
    }
    return ", ".join(f"{name} {'✓' if ok else '✗'}" for name, ok in tests.items())


def svm_by_active_sets(points: np.ndarray, labels: np.ndarray):
    """Try each set S of 2 or 3 points as the support vectors: solve
        w − Σ_S αᵢyᵢxᵢ = 0,   Σ_S αᵢyᵢ = 0,   yᵢ(wᵀxᵢ + b) = 1 (i in S)
    for (w, b, α_S); keep the first S whose α_S ≥ 0 and whose margins are all ≥ 1."""
    for size in (2, 3):
        for S in combinations(range(len(labels)), size):
            k = len(S)
            M = np.zeros((3 + k, 3 + k))  # unknowns: w₁, w₂, b, α_S
            rhs = np.zeros(3 + k)
            M[0:2, 0:2] = np.eye(2)
            for col, i in enumerate(S):
                M[0:2, 3 + col] = -labels[i] * points[i]
                M[2, 3 + col] = labels[i]
                M[3 + col, 0:2] = labels[i] * points[i]
                M[3 + col, 2] = labels[i]
                rhs[3 + col] = 1.0
            if abs(np.linalg.det(M)) < 1e-9:
                continue
            unknowns = np.linalg.solve(M, rhs)
            normal, offset, multipliers = unknowns[:2], unknowns[2], unknowns[3:]
            margins = labels * (points @ normal + offset)
            if np.all(multipliers > 0) and np.all(margins >= 1 - 1e-9):
                return normal, offset, S, multipliers
    raise ValueError("no active set of 2 or 3 points works")


def main() -> None:
    print("1. min x² + y² s.t. x + 2y = 5, with L = f + λ(x + 2y − 5)")
    point, lam = equality_example(5.0)
    print(f"   (x, y) = {point}, λ = {lam:+.4f}, f* = {point @ point:.4f}")
    residual = 2 * point + lam * np.array([1.0, 2.0])
    print(f"   ∇f = {2 * point} is parallel to ∇h = [1. 2.]: ∇f + λ∇h = {residual}")
    h = 1e-6
    above, _ = equality_example(5.0 + h)
    below, _ = equality_example(5.0 - h)
    slope = (above @ above - below @ below) / (2 * h)
    print(f"   moving b = 5 by ±1e-6: ∂f*/∂b ≈ {slope:.6f} = −λ  (the multiplier is a price)")

    print("\n2. min (x − 3)² s.t. x ≤ c: guess active (x = c) or slack (μ = 0), keep what passes")
    for cap in (1.0, 5.0, 3.0):
        print(f"   c = {cap:g}:")
        active_mu = -2 * (cap - 3) + 0.0  # stationarity at x = c (+ 0.0 turns −0.0 into 0.0)
        print(f"      active x = {cap:g}, μ = {active_mu:+g}: {kkt_report(cap, active_mu, cap)}")
        print(f"      slack  x = 3, μ = +0: {kkt_report(3.0, 0.0, cap)}")
    print("   at c = 3 both guesses are the same point: active (g = 0) with μ = 0")

    print("\n3. A hard-margin SVM on six points, by trying active sets")
    first = [1.0, 4.0, 5.0, 1.0, 3.0, -1.0]  # the points' coordinates, one list per axis
    second = [4.0, 3.0, 5.0, 0.0, 0.0, 1.0]
    points = np.column_stack([first, second])
    labels = np.array([1.0, 1.0, 1.0, -1.0, -1.0, -1.0])
    normal, offset, S, multipliers = svm_by_active_sets(points, labels)
    print(
        f"   w = {np.round(normal, 4)}, b = {offset:+.4f}, margin width 2/‖w‖ = "
        f"{2 / np.linalg.norm(normal):.4f}"
    )
    margins = labels * (points @ normal + offset)
    for i, (p, yi) in enumerate(zip(points, labels, strict=True)):
        if i in S:
            where = f"support vector, α = {multipliers[S.index(i)]:.4f}"
        elif abs(margins[i] - 1) < 1e-9:
            where = "α = 0 although ON the margin: active, but it does not push"
        else:
            where = "α = 0, beyond the margin"
        print(f"   x{i} = {p}, y = {yi:+.0f}: yᵢ(wᵀxᵢ + b) = {margins[i]:.4f}  {where}")
    moved = points.copy()
    far = int(np.argmax(margins))
    moved[far] += 3 * labels[far] * normal / np.linalg.norm(normal)
    normal2, offset2, S2, _ = svm_by_active_sets(moved, labels)
    print(f"   move x{far} further from the line, to {np.round(moved[far], 3)}:")
    print(f"   w = {np.round(normal2, 4)}, b = {offset2:+.4f}, support {list(S2)}: the same,")
    print("   because αᵢ(yᵢ(wᵀxᵢ + b) − 1) = 0 forces αᵢ = 0 off the margin, and w = Σ αᵢyᵢxᵢ")


if __name__ == "__main__":
    main()
