"""A hard-margin linear SVM on separable 2-D data: the line, its margin, the support vectors.

The SVM minimizes ½‖w‖² subject to yᵢ(wᵀxᵢ + b) ≥ 1. Its dual solution α has w = Σ αᵢyᵢxᵢ and,
by complementary slackness αᵢ(yᵢ(wᵀxᵢ + b) − 1) = 0, αᵢ > 0 only on the margin lines
wᵀx + b = ±1: those points, the support vectors, are circled and labelled with their αᵢ. Every
other point has αᵢ = 0 and could move anywhere beyond its margin without changing the line.
scikit-learn's SVC with a linear kernel and a huge C (a hard margin) does the solving.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sklearn.svm import SVC

from mathlings.labs._canvas import new_figure, save

SIZE = (900, 760)
COLORS = {1.0: "tab:blue", -1.0: "tab:orange"}


def separable_points(seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Two Gaussian clouds of 20 points each, redrawn until a gap of width ≥ 1 separates them."""
    rng = np.random.default_rng(seed)
    while True:
        plus = rng.normal([2.0, 2.0], 0.9, size=(20, 2))
        minus = rng.normal([-1.5, -1.0], 0.9, size=(20, 2))
        X = np.vstack([plus, minus])
        y = np.concatenate([np.ones(20), -np.ones(20)])
        svc = SVC(kernel="linear", C=1e6, tol=1e-9).fit(X, y)
        if np.all(y * svc.decision_function(X) > 1 - 1e-6) and 2 / np.linalg.norm(svc.coef_) >= 1:
            return X, y


def render(out: Path, seed: int = 0) -> Path:
    X, y = separable_points(seed)
    svc = SVC(kernel="linear", C=1e6, tol=1e-9).fit(X, y)
    w, b = svc.coef_[0], float(svc.intercept_[0])
    alpha = np.abs(svc.dual_coef_[0])  # dual_coef_ holds αᵢyᵢ
    fig = new_figure(SIZE)
    ax = fig.subplots()
    lo, hi = X.min(axis=0) - 1.0, X.max(axis=0) + 1.0
    grid = np.linspace(lo[0], hi[0], 200)
    lines = ((0, "-", "wᵀx + b = 0"), (1, "--", "wᵀx + b = ±1 (the margin)"), (-1, "--", None))
    for level, style, name in lines:
        ax.plot(grid, (level - b - w[0] * grid) / w[1], style, color="0.2", lw=1.5, label=name)
    xx, yy = np.meshgrid(grid, np.linspace(lo[1], hi[1], 200))
    score = w[0] * xx + w[1] * yy + b
    ax.contourf(xx, yy, np.abs(score), levels=[0, 1], colors=["0.92"])  # the band between margins
    for label, color in COLORS.items():
        points = X[y == label]
        ax.scatter(
            points[:, 0],
            points[:, 1],
            s=36,
            color=color,
            edgecolor="white",
            label=f"y = {label:+.0f}",
            zorder=3,
        )
    support = X[svc.support_]
    ax.scatter(
        support[:, 0],
        support[:, 1],
        s=260,
        facecolor="none",
        edgecolor="crimson",
        linewidth=2,
        zorder=4,
        label="support vectors (αᵢ > 0)",
    )
    for point, a in zip(support, alpha, strict=True):
        ax.annotate(
            f"α = {a:.3f}",
            point,
            xytext=(10, -14),
            textcoords="offset points",
            color="crimson",
            fontsize=10,
        )
    width = 2 / np.linalg.norm(w)
    ax.set(xlim=(lo[0], hi[0]), ylim=(lo[1], hi[1]), xlabel="x₁", ylabel="x₂", aspect="equal")
    ax.set_title(
        f"w = ({w[0]:.3f}, {w[1]:.3f}), b = {b:.3f}, margin width 2/‖w‖ = {width:.3f}\n"
        f"{len(support)} of {len(X)} points have αᵢ > 0; every other αᵢ = 0 (complementary "
        "slackness)",
        fontsize=11,
    )
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left", fontsize=9, framealpha=0.95)
    fig.suptitle(
        "A hard-margin linear SVM: the line, its margin and the support vectors", fontsize=14
    )
    return save(fig, out)
