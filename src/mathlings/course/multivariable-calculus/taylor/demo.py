"""Taylor expansion and Newton's method: the order of the error, one Newton step against many
gradient steps on a quadratic, the error squaring near a minimum, and what goes wrong far away
and at a saddle.
"""

from __future__ import annotations

import numpy as np


def f(p: np.ndarray) -> float:
    """f(x, y) = sin(x)·eʸ."""
    return float(np.sin(p[0]) * np.exp(p[1]))


def gradient_and_hessian(p: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """∇f = (cos x·eʸ, sin x·eʸ) and ∇²f = [[−sin x, cos x], [cos x, sin x]]·eʸ, by hand."""
    s, c, e = np.sin(p[0]), np.cos(p[0]), np.exp(p[1])
    return np.array([c * e, s * e]), np.array([[-s * e, c * e], [c * e, s * e]])


def order_of_error() -> None:
    print("1. Taylor errors for f(x, y) = sin(x)·eʸ around (0.7, 0.2), along u = (0.6, 0.8)")
    p0, u = np.array([0.7, 0.2]), np.array([0.6, 0.8])
    slope, curvature = gradient_and_hessian(p0)
    previous = None
    for h in (0.04, 0.02, 0.01, 0.005):
        step = h * u
        linear = f(p0) + slope.dot(step)
        quadratic = linear + step.dot(curvature.dot(step)) / 2
        errors = abs(f(p0 + step) - linear), abs(f(p0 + step) - quadratic)
        ratios = (
            ""
            if previous is None
            else (f"   ratios {previous[0] / errors[0]:.2f}, {previous[1] / errors[1]:.2f}")
        )
        print(f"   h = {h:<6} first order {errors[0]:.3e}  second order {errors[1]:.3e}{ratios}")
        previous = errors
    print("   halving h divides the errors by about 4 (O(h²)) and 8 (O(h³))")


def newton_versus_descent() -> None:
    print("\n2. f = ½xᵀAx − bᵀx with A = diag(1, 100), b = (1, 1), from (5, 5)")
    A, b = np.diag([1.0, 100.0]), np.array([1.0, 1.0])
    minimum = np.linalg.solve(A, b)
    start = np.array([5.0, 5.0])
    jump = np.linalg.solve(A, b - A.dot(start))  # the Newton step: A·step = −(A·start − b)
    print(f"   one Newton step lands on {start + jump}, the minimizer is {minimum}")
    eta = 2 / (1.0 + 100.0)  # the best fixed step for this A
    point, count = start.copy(), 0
    while np.linalg.norm(point - minimum) > 1e-10 * np.linalg.norm(start - minimum):
        point -= eta * (A.dot(point) - b)
        count += 1
    print(
        f"   gradient descent with its best fixed step 2/(λmin + λmax): {count} steps for 10 digits"
    )


def error_squares() -> None:
    print("\n3. Newton on f(x) = x − ln x (minimum at 1): the step is x ← 2x − x²")
    x = 0.5
    for k in range(6):
        print(f"   x_{k} = {x:.15f}   error 1 − x_{k} = {1 - x:.3e}")
        x = x - (1 - 1 / x) * x * x  # x − f′(x)/f″(x)
    print("   each error is the square of the one before: the correct digits double")
    far = 2.5
    print(
        f"   from x₀ = {far} instead: x₁ = {far - (1 - 1 / far) * far * far}, outside ln's domain"
    )


def saddle() -> None:
    print("\n4. Newton on the saddle f(x, y) = x² − y², Hessian diag(2, −2), indefinite")
    p = np.array([1.0, -3.0])
    slope = np.array([2 * p[0], -2 * p[1]])
    step = np.linalg.solve(np.diag([2.0, -2.0]), -slope)
    print(f"   from {p}: Newton goes to {p + step}, a stationary point that is no minimum")
    print(f"   slope·step = {slope.dot(step):.1f} > 0: the Newton direction points uphill here")


if __name__ == "__main__":
    order_of_error()
    newton_versus_descent()
    error_squares()
    saddle()
