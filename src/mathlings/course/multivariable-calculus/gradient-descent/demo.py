"""Gradient descent in n dimensions: the stable range η < 2/λmax on a quadratic, zigzag iterates
with a falling loss, the cost of a large condition number, and why the stop is on the gradient.
"""

from __future__ import annotations

import itertools

import numpy as np

A = np.array([[5.0, 2.0], [2.0, 2.0]])  # eigenvalues 6 and 1
b = np.array([1.0, -1.0])
X_STAR = np.linalg.solve(A, b)


def loss(x: np.ndarray) -> float:
    """f(x) − f(x*) = ½(x − x*)ᵀA(x − x*) for f = ½xᵀAx − bᵀx."""
    e = x - X_STAR
    return float(e.dot(A.dot(e)) / 2)


def losses(eta: float, steps: int, start: np.ndarray) -> list[float]:
    x, seen = start.copy(), [loss(start)]
    for _ in range(steps):
        x -= eta * (A.dot(x) - b)
        seen.append(loss(x))
    return seen


def stable_range() -> None:
    lam = np.linalg.eigvalsh(A)
    print(f"1. A = {A.tolist()}, eigenvalues {lam}: stable for η < 2/6 = {2 / lam[-1]:.4f}")
    start = np.array([2.0, 2.0])
    print(f"   from x₀ = (2, 2), where the loss is {loss(start):.2f}:")
    for eta in (0.1, 0.2857, 0.32, 0.33, 0.34):
        seen = losses(eta, 60, start)
        rising = any(later > earlier for earlier, later in itertools.pairwise(seen))
        print(
            f"   η = {eta:<6}: loss after 10, 60 steps = {seen[10]:.2e}, {seen[60]:.2e}"
            f"   rises at some step: {rising}"
        )
    x = start.copy()
    path = []
    for _ in range(4):
        x -= 0.32 * (A.dot(x) - b)
        path.append(np.round(x - X_STAR, 3).tolist())
    print(f"   η = 0.32 zigzags: x_k − x* = {path}, yet its loss falls at every step")


def condition_number() -> None:
    print("\n2. Steps to shrink the error 1e6 times on diag(1, κ), best fixed η = 2/(1 + κ)")
    for kappa in (1.0, 10.0, 100.0, 1000.0):
        D = np.array([1.0, kappa])
        eta = 2 / (1 + kappa)
        error, count = np.array([1.0, 1.0]), 0
        while np.linalg.norm(error) > 1e-6 * np.sqrt(2):
            error = (1 - eta * D) * error
            count += 1
        print(
            f"   κ = {kappa:<6g}: {count:5d} step{'s' if count > 1 else ' '}  "
            f"(rate (κ − 1)/(κ + 1) = {(kappa - 1) / (kappa + 1):.4f})"
        )


def stopping_rule() -> None:
    print("\n3. Stop on the gradient, not on the step: η = 0.001, tol = 0.01, from (2, 2)")
    eta, tol = 0.001, 0.01
    x, count = np.array([2.0, 2.0]), 0
    while np.linalg.norm(eta * (A.dot(x) - b)) > tol:
        x -= eta * (A.dot(x) - b)
        count += 1
    print(
        f"   stop when the step is small: {count} steps, "
        f"still {np.linalg.norm(x - X_STAR):.3f} from x*"
    )
    x, count = np.array([2.0, 2.0]), 0
    while np.linalg.norm(A.dot(x) - b) > tol:
        x -= eta * (A.dot(x) - b)
        count += 1
    print(
        f"   stop when the gradient is small: {count} steps, "
        f"{np.linalg.norm(x - X_STAR):.4f} from x*"
    )


if __name__ == "__main__":
    stable_range()
    condition_number()
    stopping_rule()
