"""A 2×2 matrix as a linear map of the plane.

Left: the unit square, the unit circle and the basis vectors e₁, e₂. Right: their images under A.
The picture teaches three facts: the columns of A are where e₁ and e₂ land (Ae₁ is column 1, Ae₂
is column 2); the whole grid follows them, so straight lines stay straight and parallel, and the
circle becomes an ellipse; and every area is multiplied by |det A|, the area of the parallelogram
the columns span (a negative determinant also flips the orientation, a zero one flattens the
plane onto a line).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

from mathlings.labs._canvas import new_figure, save

SIZE = (1200, 600)
DEFAULT_MATRIX = ((1.0, 0.8), (0.2, 1.2))
SQUARE = np.array([[0, 1, 1, 0, 0], [0, 0, 1, 1, 0]], dtype=float)
THETA = np.linspace(0, 2 * np.pi, 200)
CIRCLE = np.vstack([np.cos(THETA), np.sin(THETA)])
BASIS_COLORS = ("tab:red", "tab:blue")
GRID_LINES = np.arange(-12, 13)


def as_matrix(matrix: object) -> np.ndarray:
    A = np.asarray(matrix, dtype=float)
    if A.shape != (2, 2):
        raise ValueError(f"the maps lab takes a 2×2 matrix, got shape {A.shape}")
    return A


def draw_grid_image(ax: Axes, A: np.ndarray, limit: float) -> None:
    """The images of the lines x = k and y = k: the grid the map carries along."""
    span = np.array([-100.0, 100.0])
    for k in GRID_LINES:
        for line in (np.vstack([np.full(2, k), span]), np.vstack([span, np.full(2, k)])):
            image = A @ line
            ax.plot(image[0], image[1], color="0.8", lw=0.8, zorder=0)
    ax.set(xlim=(-limit, limit), ylim=(-limit, limit))


def draw_shapes(ax: Axes, A: np.ndarray, faint: bool = False) -> None:
    """The unit square and circle after A (A = I draws them as they are)."""
    square, circle = A @ SQUARE, A @ CIRCLE
    alpha = 0.35 if faint else 1.0
    style = "--" if faint else "-"
    ax.fill(square[0], square[1], color="gold", alpha=0.12 if faint else 0.45, lw=0)
    ax.plot(square[0], square[1], style, color="darkgoldenrod", lw=2, alpha=alpha)
    ax.plot(circle[0], circle[1], style, color="purple", lw=2, alpha=alpha)


def draw_basis(ax: Axes, A: np.ndarray, names: tuple[str, str]) -> None:
    for column, name, color in zip(A.T, names, BASIS_COLORS, strict=True):
        ax.annotate(
            "",
            xy=column,
            xytext=(0, 0),
            arrowprops={"arrowstyle": "-|>", "color": color, "lw": 2.5, "mutation_scale": 18},
        )
        ax.annotate(
            name,
            xy=column,
            xytext=(6 if column[0] >= 0 else -6, 6 if column[1] >= 0 else -6),
            textcoords="offset points",
            ha="left" if column[0] >= 0 else "right",
            va="bottom" if column[1] >= 0 else "top",
            color=color,
            fontsize=13,
            fontweight="bold",
            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
        )


def style_axes(ax: Axes, title: str, caption: str) -> None:
    ax.set_aspect("equal")
    ax.axhline(0, color="0.4", lw=0.8)
    ax.axvline(0, color="0.4", lw=0.8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(title, fontsize=12)
    ax.set_xlabel(caption, fontsize=11)


def plot_limit(A: np.ndarray) -> float:
    points = np.hstack([SQUARE, CIRCLE, A @ SQUARE, A @ CIRCLE])
    return 1.25 * float(np.abs(points).max())


def area_note(det: float) -> str:
    if np.isclose(det, 0):
        return "det A = 0: the plane is flattened onto a line, every area becomes 0"
    flip = ", and orientation flips" if det < 0 else ""
    return f"det A = {det:.3g}: every area is multiplied by |det A| = {abs(det):.3g}{flip}"


def render(out: Path, matrix: object = DEFAULT_MATRIX) -> Path:
    A = as_matrix(matrix)
    limit = plot_limit(A)
    fig = new_figure(SIZE)
    before, after = fig.subplots(1, 2, sharex=True, sharey=True)
    identity = np.eye(2)
    draw_grid_image(before, identity, limit)
    draw_shapes(before, identity)
    draw_basis(before, identity, ("e₁", "e₂"))
    style_axes(before, "Before: unit square, unit circle, e₁ and e₂", "e₁ = (1, 0),  e₂ = (0, 1)")
    draw_grid_image(after, A, limit)
    draw_shapes(after, identity, faint=True)
    draw_shapes(after, A)
    draw_basis(after, A, ("Ae₁", "Ae₂"))
    a, b, c, d = A.ravel()
    style_axes(
        after,
        "After A: the grid, square and circle follow Ae₁ and Ae₂",
        f"Ae₁ = ({a:g}, {c:g}) is column 1 of A,  Ae₂ = ({b:g}, {d:g}) is column 2",
    )
    fig.suptitle(
        f"A = [[{a:g}, {b:g}], [{c:g}, {d:g}]]        {area_note(float(np.linalg.det(A)))}",
        fontsize=13,
    )
    return save(fig, out)
