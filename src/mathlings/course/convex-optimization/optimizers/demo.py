"""SGD, momentum and Adam: what each does to a step, and what Adam does not fix.

1. Adam's first step moves every coordinate by about η, however large or small its gradient; the
   same step without the bias correction is about 3.16η.
2. The two momentum conventions (torch: buffer += g; Sutskever/Keras: velocity −= ηg) walk the
   same path for a fixed η, with stored vectors −η apart.
3. On a rotated bowl with Hessian eigenvalues 100 and 1: SGD at its best rate, SGD past 2/λ_max,
   heavy-ball momentum at Polyak's rate, Adam.
4. Adam with noisy gradients at η from 0.01 to 10: it never overflows, but the loss it stalls at
   grows with η.
"""

from __future__ import annotations

import numpy as np

ANGLE = 0.5
ROTATION = np.array([[np.cos(ANGLE), -np.sin(ANGLE)], [np.sin(ANGLE), np.cos(ANGLE)]])
HESSIAN = ROTATION @ np.diag([100.0, 1.0]) @ ROTATION.T  # κ = 100, axes tilted
START = np.array([1.0, 1.0])


def loss(p: np.ndarray) -> float:
    return float(0.5 * p @ HESSIAN @ p)


class Adam:
    """Adam with torch's defaults, kept as an object: first and second moments, a step counter."""

    def __init__(self, eta: float, b1: float = 0.9, b2: float = 0.999, tiny: float = 1e-8):
        self.eta, self.b1, self.b2, self.tiny = eta, b1, b2, tiny
        self.first = self.second = 0.0
        self.count = 0

    def move(self, d: np.ndarray, corrected: bool = True) -> np.ndarray:
        """The change of the parameters for gradient d (to be added to them)."""
        self.count += 1
        self.first = self.b1 * self.first + (1 - self.b1) * d
        self.second = self.b2 * self.second + (1 - self.b2) * d * d
        avg, sq = self.first, self.second
        if corrected:
            avg, sq = avg / (1 - self.b1**self.count), sq / (1 - self.b2**self.count)
        return -self.eta * avg / (np.sqrt(sq) + self.tiny)


def descend(rule, steps: int, noise: float = 0.0, seed: int = 0) -> list[float]:
    """The loss after each of `steps` steps of `rule(d) -> change`, gradients ∇f + noise."""
    rng = np.random.default_rng(seed)
    p, losses = START.copy(), []
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(steps):
            d = HESSIAN @ p + noise * rng.standard_normal(2)
            p = p + rule(d)
            losses.append(loss(p))
    return losses


def main() -> None:
    print("1. One Adam step (η = 0.1) on a gradient with entries 1000 and 0.001")
    d = np.array([1000.0, 0.001])
    print(f"   with bias correction:    change = {Adam(0.1).move(d)}")
    print(f"   without bias correction: change = {Adam(0.1).move(d, corrected=False)}")
    print("   both coordinates move by η (or ≈ 3.16η uncorrected), whatever the gradient's scale")

    print("\n2. The two momentum conventions, μ = 0.9, η = 0.01, on the bowl, 30 steps")
    mu, eta = 0.9, 0.01
    p_torch, buf = START.copy(), np.zeros(2)
    p_keras, vel = START.copy(), np.zeros(2)
    for _ in range(30):
        buf = mu * buf + HESSIAN @ p_torch
        p_torch = p_torch - eta * buf
        vel = mu * vel - eta * (HESSIAN @ p_keras)
        p_keras = p_keras + vel
    print(f"   torch  x_30 = {p_torch},  stored buffer {buf}")
    print(f"   Keras  x_30 = {p_keras},  stored velocity {vel}")
    print(f"   same path (gap {np.abs(p_torch - p_keras).max():.1e}); velocity = −η·buffer")

    print("\n3. The bowl ½xᵀHx, eigenvalues 100 and 1 (κ = 100), from (1, 1): loss after k steps")
    lam_max, lam_min = 100.0, 1.0
    sq_max, sq_min = np.sqrt(lam_max), np.sqrt(lam_min)
    heavy_eta = 4 / (sq_max + sq_min) ** 2
    heavy_mu = ((sq_max - sq_min) / (sq_max + sq_min)) ** 2
    velocity = np.zeros(2)

    def heavy_ball(d: np.ndarray) -> np.ndarray:
        nonlocal velocity
        velocity = heavy_mu * velocity + d
        return -heavy_eta * velocity

    runs = {
        "SGD, η = 2/(λmax+λmin)": lambda d: -(2 / (lam_max + lam_min)) * d,
        "SGD, η = 0.021 > 2/λmax": lambda d: -0.021 * d,
        f"heavy ball η={heavy_eta:.3f}, μ={heavy_mu:.3f}": heavy_ball,
        "Adam, η = 0.01": Adam(0.01).move,
    }
    shown = (10, 100, 300)
    print("   " + " " * 34 + "".join(f"{'k = ' + str(k):>12}" for k in shown))
    for name, rule in runs.items():
        losses = descend(rule, max(shown))
        print(f"   {name:<34}" + "".join(f"{losses[k - 1]:>12.3g}" for k in shown))
    print(
        "   SGD past 2/λmax blows up; heavy ball: (κ−1)/(κ+1) = 0.98 becomes (√κ−1)/(√κ+1) = 0.82"
    )

    print("\n4. Adam with noisy gradients (∇f + N(0, 1) noise), 3000 steps")
    print("   η        mean loss over the last 500 steps   largest loss seen")
    for eta in (0.01, 0.1, 1.0, 10.0):
        losses = np.array(descend(Adam(eta).move, 3000, noise=1.0))
        print(f"   {eta:<6}   {losses[-500:].mean():>12.3g}" + " " * 24 + f"{losses.max():>10.3g}")
    print("   no overflow, but the loss it stalls at grows with η: Adam does not fix a too-high η")


if __name__ == "__main__":
    main()
