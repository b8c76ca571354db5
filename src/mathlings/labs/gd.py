"""Gradient descent on f(x) = (x - 3)² for three learning rates.

The update x ← x - η f'(x) = x - 2η(x - 3) moves the error e = x - 3 to (1 - 2η) e, so after t
steps |x_t - 3| = |1 - 2η|ᵗ |x_0 - 3|. The left panel shows the three walks on the parabola; the
right panel plots the error on a log scale, where a geometric rate is a straight line: shallow
when |1 - 2η| is near 1 (crawls), steep when it is small (converges), rising when it exceeds 1
(diverges).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.axes import Axes

from mathlings.labs._canvas import new_figure, save

SIZE = (1200, 520)
MINIMUM = 3.0
X0 = 0.0
STEPS = 30  # as in the gd-1d drill
DEFAULT_RATES = (0.02, 0.3, 1.05)
X_WINDOW = (-2.5, 8.5)
COLORS = ("tab:orange", "tab:green", "tab:red")


def f(x: np.ndarray | float) -> np.ndarray | float:
    return (x - MINIMUM) ** 2


def descend(eta: float) -> np.ndarray:
    """The iterates x_0, ..., x_25 of x ← x - η f'(x), with f'(x) = 2(x - 3)."""
    xs = [X0]
    for _ in range(STEPS):
        xs.append(xs[-1] - eta * 2 * (xs[-1] - MINIMUM))
    return np.array(xs)


def verdict(eta: float) -> str:
    rate = abs(1 - 2 * eta)
    if rate > 1:
        return "diverges"
    if rate == 1:
        return "stands still" if eta == 0 else "bounces forever"
    return "crawls" if rate >= 0.9 else "converges"


def label(eta: float) -> str:
    return f"η = {eta:g}: {verdict(eta)}  (|1 - 2η| = {abs(1 - 2 * eta):.2f})"


def draw_walks(ax: Axes, rates: tuple[float, ...]) -> None:
    lo, hi = X_WINDOW
    grid = np.linspace(lo, hi, 400)
    ax.plot(grid, f(grid), color="0.25", lw=1.5, label="f(x) = (x - 3)²")
    for eta, color in zip(rates, COLORS, strict=True):
        xs = descend(eta)
        outside = np.flatnonzero((xs < lo) | (xs > hi))
        shown = xs[: outside[0] + 1] if outside.size else xs
        ax.plot(shown, f(shown), "o-", color=color, ms=4, lw=1, alpha=0.85, label=label(eta))
        if outside.size:
            mark_exit(ax, xs, outside[0], color)
    ax.plot([X0], [f(X0)], "ko", ms=7, zorder=5)
    ax.annotate("x₀ = 0", (X0, f(X0)), xytext=(8, 4), textcoords="offset points")
    ax.set(xlim=X_WINDOW, ylim=(-1, 1.3 * f(hi)), xlabel="x", ylabel="f(x)")
    ax.set_title("The walks on the curve", fontsize=12)
    ax.grid(alpha=0.3)
    ax.legend(loc="upper center", fontsize=9, framealpha=0.95)


def mark_exit(ax: Axes, xs: np.ndarray, t: int, color: str) -> None:
    """Say, in the bottom corner on its side, when a walk leaves the frame and how far it gets."""
    lo, hi = X_WINDOW
    right = xs[t] > hi
    ax.text(
        hi - 0.15 if right else lo + 0.15,
        1.0,
        f"leaves the frame\nat t = {t}; by t = {STEPS}\n|x - 3| ≈ {abs(xs[-1] - MINIMUM):.3g}",
        ha="right" if right else "left",
        va="bottom",
        fontsize=9,
        color=color,
        bbox={"boxstyle": "round", "fc": "white", "ec": color, "alpha": 0.9},
    )


def draw_errors(ax: Axes, rates: tuple[float, ...]) -> None:
    """Each run's error on a log scale, labelled at its end.

    A run whose error reaches exactly 0.0 stops there, since a log scale cannot show 0: η = 1/2
    lands on the minimum in one step, and rates near it get there by floating-point rounding.
    """
    steps = np.arange(STEPS + 1)
    for eta, color in zip(rates, COLORS, strict=True):
        error = np.abs(descend(eta) - MINIMUM)
        positive = error > 0
        ax.semilogy(steps[positive], error[positive], "o-", color=color, ms=4, lw=1.2)
        end = (steps[positive][-1], error[positive][-1])
        stopped = not positive.all()
        ax.annotate(
            f"η = {eta:g}: error 0.0 from t = {end[0] + 1}" if stopped else f"η = {eta:g}",
            end,
            xytext=(6, -6 if stopped else 0),
            textcoords="offset points",
            va="top" if stopped else "center",
            color=color,
            fontsize=10,
            bbox={"fc": "white", "ec": "none", "alpha": 0.8, "pad": 1},
        )
    ax.set(xlabel="step t", ylabel="$|x_t - 3|$  (log scale)", xlim=(-0.5, STEPS + 4))
    ax.set_title("The error shrinks or grows by |1 - 2η| per step", fontsize=12)
    ax.grid(alpha=0.3)


def render(out: Path, rates: tuple[float, float, float] | None = None) -> Path:
    rates = tuple(float(eta) for eta in (DEFAULT_RATES if rates is None else rates))
    if len(rates) != 3:
        raise ValueError(f"the gd lab takes three learning rates, got {len(rates)}")
    fig = new_figure(SIZE)
    walks, errors = fig.subplots(1, 2)
    draw_walks(walks, rates)
    draw_errors(errors, rates)
    fig.suptitle("Gradient descent x ← x - η f'(x) on f(x) = (x - 3)², from x₀ = 0", fontsize=14)
    return save(fig, out)
