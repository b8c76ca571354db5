"""Chords over a convex and a non-convex function.

f is convex when every chord lies on or above its graph:
f(t x + (1 - t) y) <= t f(x) + (1 - t) f(y).
The left panel draws chords of x⁴ - x, all above the graph; the right panel draws the same chords
over x·sin(2x) + 0.2x², with the chords that dip below the graph in red and the point where the
graph rises highest above each red chord marked.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.axes import Axes

from mathlings.labs._canvas import new_figure, save

SIZE = (1200, 520)
WINDOW = (-2.0, 2.0)
N_CHORDS = 14
TOL = 1e-9  # as in the convexity drill


def convex(x: np.ndarray) -> np.ndarray:
    return x**4 - x


def wavy(x: np.ndarray) -> np.ndarray:
    return x * np.sin(2 * x) + 0.2 * x**2


def chords() -> np.ndarray:
    """N_CHORDS fixed pairs (x, y) with x < y in the window."""
    rng = np.random.default_rng(3)
    pairs = np.sort(rng.uniform(*WINDOW, size=(N_CHORDS, 2)), axis=1)
    return pairs[pairs[:, 1] - pairs[:, 0] > 0.3]


def draw(ax: Axes, f, name: str) -> None:
    grid = np.linspace(*WINDOW, 400)
    ax.plot(grid, f(grid), color="0.15", lw=2.2, label=name, zorder=3)
    broken = 0
    for x, y in chords():
        t = np.linspace(0, 1, 200)
        z = t * x + (1 - t) * y
        gap = f(z) - (t * f(x) + (1 - t) * f(y))  # graph minus chord
        below = bool(gap.max() > TOL)
        broken += below
        color = "tab:red" if below else "tab:green"
        ax.plot([x, y], [f(x), f(y)], "o-", color=color, lw=1.2, ms=3, alpha=0.8)
        if below:
            k = int(np.argmax(gap))
            ax.plot([z[k], z[k]], [f(z[k]) - gap[k], f(z[k])], ":", color="tab:red", lw=1)
    total = len(chords())
    verdict = f"{broken} of {total} chords dip below" if broken else "every chord on or above"
    ax.set_title(f"{name}: {verdict}", fontsize=12)
    ax.set(xlim=WINDOW, xlabel="x", ylabel="f(x)")
    ax.grid(alpha=0.3)


def render(out: Path) -> Path:
    fig = new_figure(SIZE)
    left, right = fig.subplots(1, 2)
    draw(left, convex, "f(x) = x⁴ - x")
    draw(right, wavy, "f(x) = x·sin(2x) + 0.2x²")
    fig.suptitle(
        "Chords t·f(x) + (1 - t)·f(y): green on or above the graph, red where the graph rises",
        fontsize=13,
    )
    return save(fig, out)
