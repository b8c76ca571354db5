"""Curvature: the Hessian's eigenvectors on the contours of a bowl, a valley and a saddle.

Each panel is a quadratic f(x) = ½ xᵀHx, whose Hessian is H everywhere. The arrows leave the
critical point 0 along the eigenvectors of H, each as long as its eigenvalue's size (one scale for
all three panels): red where f curves up (λ > 0), blue where it curves down (λ < 0), grey and
marked where λ = 0. The level curves are ellipses around a minimum, whose short axis lies along
the large eigenvalue; hyperbolas around a saddle; and straight lines along a valley, flat in the
direction of the zero eigenvalue, where the second-order test cannot decide.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.axes import Axes

from mathlings.labs._canvas import new_figure, save

SIZE = (1500, 560)
LIMIT = 2.0
ZERO = 1e-9
COLORS = {"up": "tab:red", "down": "tab:blue", "flat": "0.45"}


def rotated(eigenvalues: tuple[float, float], degrees: float) -> np.ndarray:
    """R diag(λ) Rᵀ: a symmetric H whose first eigenvector points at `degrees`."""
    t = np.radians(degrees)
    R = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
    return R @ np.diag(eigenvalues) @ R.T


PANELS = [
    ("bowl: a minimum", rotated((3.0, 0.75), 30.0)),
    ("valley: degenerate (λ = 0 along the floor)", rotated((2.0, 0.0), -20.0)),
    ("saddle", rotated((2.0, -1.5), 15.0)),
]


def draw_panel(ax: Axes, title: str, H: np.ndarray, arrow_scale: float) -> None:
    grid = np.linspace(-LIMIT, LIMIT, 241)
    X, Y = np.meshgrid(grid, grid)
    F = 0.5 * (H[0, 0] * X**2 + 2 * H[0, 1] * X * Y + H[1, 1] * Y**2)
    levels = np.linspace(F.min(), F.max(), 17)
    ax.contourf(X, Y, F, levels=levels, cmap="RdBu_r", alpha=0.35)
    ax.contour(X, Y, F, levels=levels, colors="0.3", linewidths=0.7)
    eigenvalues, vectors = np.linalg.eigh(H)
    for lam, v in zip(eigenvalues, vectors.T, strict=True):
        v = v if v[0] >= 0 else -v  # the sign of an eigenvector is free: point it rightwards
        beside = (-18 * v[1], 18 * v[0])  # the label's offset in points, across the arrow
        side = "left" if beside[0] > 6 else "right" if beside[0] < -6 else "center"
        if abs(lam) <= ZERO * max(1.0, float(np.abs(eigenvalues).max())):
            kind = "flat"
        else:
            kind = "up" if lam > 0 else "down"
        if kind == "flat":
            ax.plot(*np.outer([-0.45, 0.45], v).T, ls="--", lw=2, color=COLORS[kind])
            ax.annotate("λ = 0", 0.45 * v, beside, textcoords="offset points", ha=side,
                        va="center", color=COLORS[kind], fontweight="bold")  # fmt: skip
            continue
        tip = arrow_scale * abs(lam) * v
        for sign in (1, -1):
            ax.annotate(
                "", sign * tip, (0, 0),
                arrowprops={"arrowstyle": "-|>", "lw": 2.2, "color": COLORS[kind]},
            )  # fmt: skip
        ax.annotate(f"λ = {lam:+.2f}", tip, beside, textcoords="offset points", ha=side,
                    va="center", color=COLORS[kind], fontsize=11, fontweight="bold")  # fmt: skip
    ax.plot(0, 0, "ko", ms=4)
    ax.set(xlim=(-LIMIT, LIMIT), ylim=(-LIMIT, LIMIT), aspect="equal", xlabel="x₁", ylabel="x₂")
    ax.set_title(
        f"{title}\nH = [[{H[0, 0]:.2f}, {H[0, 1]:.2f}], [{H[1, 0]:.2f}, {H[1, 1]:.2f}]]",
        fontsize=11,
    )


def render(out: Path) -> Path:
    largest = max(float(np.abs(np.linalg.eigvalsh(H)).max()) for _, H in PANELS)
    arrow_scale = 0.6 * LIMIT / largest  # one scale: an arrow's length is |λ| times it
    fig = new_figure(SIZE)
    axes = fig.subplots(1, len(PANELS))
    for ax, (title, H) in zip(axes, PANELS, strict=True):
        draw_panel(ax, title, H, arrow_scale)
    fig.suptitle(
        "f(x) = ½ xᵀHx: the Hessian's eigenvectors, each drawn as long as |λ| "
        "(red: f curves up, blue: down)",
        fontsize=13,
    )
    return save(fig, out)
