"""Convex losses: the four losses of a linear model, computed stably, and why they are convex in
the weights while a network's loss is not.

Prints the losses on a tiny data set, the naive and stable logistic at large margins, the
hinge's one-sided slopes at its kink, the smallest eigenvalue of the logistic loss's Hessian by
finite differences of its gradient, and a one-unit tanh network's loss along a segment whose two
ends compute the same function.
"""

from __future__ import annotations

import numpy as np


def mean_logistic(features: np.ndarray, labels: np.ndarray, weights: np.ndarray) -> float:
    """(1/n) Σ log(1 + e^(−margin)), labels ±1, via logaddexp (never forms e^(−margin))."""
    margins = labels * features.dot(weights)
    return float(np.logaddexp(0.0, -margins).mean())


def numeric_gradient(f, point: np.ndarray, h: float = 1e-5) -> np.ndarray:
    steps = np.eye(point.size) * h
    return np.array([(f(point + e) - f(point - e)) / (2 * h) for e in steps])


def main() -> None:
    features = np.array([[2.0, -1.0], [0.5, 1.5], [-1.0, 0.5]])
    weights = np.array([1.0, 1.0])
    signs = np.array([-1.0, 1.0, 1.0])  # labels for logistic and hinge, in {−1, +1}
    targets = np.array([0.5, 1.0, -1.0])  # real targets for the squared error
    classes = np.array([0, 2, 1])  # labels for the cross-entropy, in {0, 1, 2}
    scores = features.dot(weights)
    margins = signs * scores
    print("1. Three samples, w = (1, 1): scores", scores, "margins", margins)
    print(f"   squared error   {np.mean((scores - targets) ** 2):.4f}")
    print(f"   logistic        {np.mean(np.logaddexp(0.0, -margins)):.4f}")
    print(f"   hinge           {np.mean(np.maximum(0.0, 1.0 - margins)):.4f}")
    logits = features.dot(np.array([[1.0, 0.0, -1.0], [0.0, 1.0, 0.5]]))
    rows = np.arange(3)
    log_norm = np.logaddexp.reduce(logits, axis=1)
    print(f"   cross-entropy   {np.mean(log_norm - logits[rows, classes]):.4f}  (3 classes)")

    print("\n2. log(1 + e^(−m)) at large margins: naive vs logaddexp")
    with np.errstate(over="ignore"):
        for m in (-1000.0, -50.0, 0.0, 50.0, 1000.0):
            naive = np.log(1 + np.exp(-m))
            print(f"   m = {m:>7}: naive {naive:<22.6g} stable {np.logaddexp(0.0, -m):.6g}")

    print("\n3. The hinge max(0, 1 − m) at its kink m = 1: slopes from each side")
    h = 1e-6
    left = (max(0.0, 1 - 1.0) - max(0.0, 1 - (1.0 - h))) / h
    right = (max(0.0, 1 - (1.0 + h)) - max(0.0, 1 - 1.0)) / h
    print(
        f"   from the left {left:+.3f}, from the right {right:+.3f}: "
        "every slope in [−1, 0] is a subgradient"
    )

    print("\n4. The logistic loss's Hessian by finite differences of its gradient: PSD everywhere")
    rng = np.random.default_rng(0)
    data, labels = rng.standard_normal((40, 3)), rng.choice([-1.0, 1.0], size=40)

    def loss(wt: np.ndarray) -> float:
        return mean_logistic(data, labels, wt)

    for scale in (0.1, 1.0, 10.0):
        at = scale * rng.standard_normal(3)
        hessian = np.array(
            [
                (numeric_gradient(loss, at + e) - numeric_gradient(loss, at - e)) / 2e-4
                for e in np.eye(3) * 1e-4
            ]
        )
        smallest = np.linalg.eigvalsh((hessian + hessian.T) / 2)[0]
        print(f"   |w| ≈ {np.linalg.norm(at):6.2f}: smallest eigenvalue {smallest:+.5f}")

    print("\n5. One tanh unit s = v·tanh(w·x) on x = 1, y = +1, along (2, 3) → (−2, −3)")
    for t in np.linspace(0, 1, 5):
        w, v = (1 - t) * 2.0 + t * -2.0, (1 - t) * 3.0 + t * -3.0
        value = np.logaddexp(0, -v * np.tanh(w))
        print(f"   t = {t:.2f}: (w, v) = ({w:+.1f}, {v:+.1f}), loss {value:.4f}")
    print("   equal at both ends, log 2 = 0.6931 in the middle: the chord lies below the loss")


if __name__ == "__main__":
    main()
