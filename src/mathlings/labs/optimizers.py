"""GD, momentum and Adam on a narrow bowl and on the Rosenbrock banana.

Top row: each optimizer's path on the contour lines of f, from the same start. Bottom row: the
loss f(x_t) - f(x*) against the step t on a log scale. The bowl is f(x) = ½ xᵀHx with Hessian
eigenvalues 20 and 1 (κ = 20) on axes tilted by 30°, its gradients given with Gaussian noise
(σ = 2, as a minibatch would), so every optimizer ends in a noise floor; Rosenbrock is
(1 - x)² + 100 (y - x²)², minimum at (1, 1).

Plain GD zig-zags across the steep direction and crawls along the flat one; momentum (torch's
v ← μv + g, x ← x - ηv) cuts the zig-zag; Adam (x ← x - η m̂/(√v̂ + ε)) moves each coordinate by
about η a step. Adam with an η far too high does not diverge like GD, but hops about at the
scale of η: on the noisy bowl it stalls at a higher floor, and on Rosenbrock it reaches the
minimum and is kicked out again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from matplotlib.axes import Axes

from mathlings.labs._canvas import new_figure, save

SIZE = (1300, 1000)

Gradient = Callable[[np.ndarray], np.ndarray]


@dataclass(frozen=True)
class Problem:
    name: str
    f: Callable[[np.ndarray, np.ndarray], np.ndarray]  # on grids as on points
    grad: Gradient
    start: np.ndarray
    minimum: np.ndarray
    window: tuple[float, float, float, float]  # x from, x to, y from, y to
    steps: int
    levels: np.ndarray
    settings: dict[str, dict[str, float]]  # optimizer label -> its hyperparameters
    noise: float = 0.0  # the standard deviation of Gaussian noise added to each gradient


ANGLE = np.pi / 6
TILT = np.array([[np.cos(ANGLE), -np.sin(ANGLE)], [np.sin(ANGLE), np.cos(ANGLE)]])
HESSIAN = TILT @ np.diag([20.0, 1.0]) @ TILT.T


def bowl(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    h = HESSIAN
    return 0.5 * (h[0, 0] * x * x + 2 * h[0, 1] * x * y + h[1, 1] * y * y)


def rosenbrock(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    return (1 - x) ** 2 + 100 * (y - x**2) ** 2


def rosenbrock_grad(p: np.ndarray) -> np.ndarray:
    x, y = p
    return np.array([-2 * (1 - x) - 400 * x * (y - x**2), 200 * (y - x**2)])


PROBLEMS = (
    Problem(
        "Narrow bowl ½xᵀHx, κ = 20, noisy gradients",
        bowl,
        lambda p: HESSIAN @ p,
        np.array([-4.0, 3.0]),
        np.zeros(2),
        (-5.0, 5.0, -4.0, 4.5),
        300,
        np.geomspace(0.05, 150, 14),
        {
            "GD, η = 0.05": {"lr": 0.05},
            "momentum, η = 0.01, μ = 0.8": {"lr": 0.01, "mu": 0.8},
            "Adam, η = 0.1": {"lr": 0.1},
            "Adam, η = 3 (far too high)": {"lr": 3.0},
        },
        noise=2.0,
    ),
    Problem(
        "Rosenbrock (1 - x)² + 100(y - x²)²",
        rosenbrock,
        rosenbrock_grad,
        np.array([-1.5, 2.0]),
        np.ones(2),
        (-2.0, 2.0, -1.0, 3.0),
        2000,
        np.geomspace(0.05, 2000, 16),
        {
            "GD, η = 0.001": {"lr": 0.001},
            "momentum, η = 0.0005, μ = 0.9": {"lr": 0.0005, "mu": 0.9},
            "Adam, η = 0.05": {"lr": 0.05},
            "Adam, η = 1 (far too high)": {"lr": 1.0},
        },
    ),
)
COLORS = ("tab:blue", "tab:green", "tab:orange", "tab:red")


def run(
    grad: Gradient,
    start: np.ndarray,
    steps: int,
    lr: float,
    mu: float | None = None,
    adam: bool = False,
) -> np.ndarray:
    """The iterates x_0, ..., x_steps of GD, torch-style momentum (mu given) or Adam."""
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    x = start.astype(float)
    v, m, s = np.zeros(2), np.zeros(2), np.zeros(2)
    path = [x]
    with np.errstate(over="ignore", invalid="ignore"):
        for t in range(1, steps + 1):
            g = grad(x)
            if adam:
                m = beta1 * m + (1 - beta1) * g
                s = beta2 * s + (1 - beta2) * g**2
                x = x - lr * (m / (1 - beta1**t)) / (np.sqrt(s / (1 - beta2**t)) + eps)
            elif mu is not None:
                v = mu * v + g
                x = x - lr * v
            else:
                x = x - lr * g
            path.append(x)
    return np.array(path)


def paths(problem: Problem) -> dict[str, np.ndarray]:
    """Each optimizer's path; with noise, every optimizer gets the same seeded noise sequence."""
    out = {}
    for label, setting in problem.settings.items():
        rng = np.random.default_rng(0)

        def grad(p: np.ndarray, rng: np.random.Generator = rng) -> np.ndarray:
            return problem.grad(p) + problem.noise * rng.standard_normal(2)

        adam = label.startswith("Adam")
        out[label] = run(grad, problem.start, problem.steps, adam=adam, **setting)
    return out


def draw_contours(ax: Axes, problem: Problem, found: dict[str, np.ndarray]) -> None:
    x0, x1, y0, y1 = problem.window
    X, Y = np.meshgrid(np.linspace(x0, x1, 300), np.linspace(y0, y1, 300))
    ax.contour(X, Y, problem.f(X, Y), levels=problem.levels, colors="0.7", linewidths=0.8)
    for (label, path), color in zip(found.items(), COLORS, strict=True):
        inside = np.all(np.isfinite(path), axis=1)
        ax.plot(path[inside, 0], path[inside, 1], "-", color=color, lw=1.2, alpha=0.9, label=label)
        ax.plot(path[inside][-1, 0], path[inside][-1, 1], "o", color=color, ms=5)
    ax.plot(*problem.start, "ks", ms=6)
    ax.plot(*problem.minimum, "k*", ms=12)
    ax.set(xlim=(x0, x1), ylim=(y0, y1), xlabel="x", ylabel="y")
    ax.set_title(f"{problem.name}: paths ({problem.steps} steps)", fontsize=11)
    ax.legend(loc="lower right", fontsize=8, framealpha=0.9)


def draw_losses(ax: Axes, problem: Problem, found: dict[str, np.ndarray]) -> None:
    best = float(problem.f(*problem.minimum))
    for (label, path), color in zip(found.items(), COLORS, strict=True):
        gap = problem.f(path[:, 0], path[:, 1]) - best
        steps = np.arange(len(gap))
        shown = np.isfinite(gap) & (gap > 0)
        ax.semilogy(steps[shown], gap[shown], color=color, lw=1.2, label=label)
    ax.set(xlabel="step t", ylabel="f(x_t) - f(x*)  (log scale)")
    ax.set_title(f"{problem.name}: loss against steps", fontsize=11)
    ax.grid(alpha=0.3)
    ax.legend(loc="best", fontsize=8, framealpha=0.9)


def render(out: Path) -> Path:
    fig = new_figure(SIZE)
    axes = fig.subplots(2, 2)
    for column, problem in enumerate(PROBLEMS):
        found = paths(problem)
        draw_contours(axes[0, column], problem, found)
        draw_losses(axes[1, column], problem, found)
    fig.suptitle("GD, momentum and Adam from the same start (□), minimum ★", fontsize=14)
    return save(fig, out)
