"""The central limit theorem: histograms of sample means turning Gaussian, and one that never does.

Each row draws many samples of size n = 1, 5, 30, 200 from one population and histograms their
means. For the Exponential(1) (skewed) and the Bernoulli(0.1) (skewed and discrete) the means
approach the normal density N(μ, σ²/n) drawn over them, the skew fading like 1/√n: the CLT is
about the distribution of the mean, not of the data. The Cauchy has no variance (not even a
mean), and the mean of n standard Cauchy draws is standard Cauchy again for every n: averaging
does not narrow it at all. Seeded, so the picture is the same every time.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from matplotlib.axes import Axes

from mathlings.labs._canvas import new_figure, save

SIZE = (1500, 980)
SIZES = (1, 5, 30, 200)
REPLICATES = 20_000  # sample means per panel
SEED = 0
CAUCHY_WINDOW = 8.0


def sample_means(draw, n: int, rng: np.random.Generator) -> np.ndarray:
    """REPLICATES means of n draws each: draw(rng, shape) gives the population's values."""
    return draw(rng, (REPLICATES, n)).mean(axis=1)


def gaussian(x: np.ndarray, mu: float, sigma: float) -> np.ndarray:
    return np.exp(-0.5 * ((x - mu) / sigma) ** 2) / (sigma * math.sqrt(2 * math.pi))


def draw_normal_row(
    axes: list[Axes], draw, mu: float, sigma: float, name: str, rng: np.random.Generator,
    lattice: bool = False,
) -> None:  # fmt: skip
    for ax, n in zip(axes, SIZES, strict=True):
        means = sample_means(draw, n, rng)
        se = sigma / math.sqrt(n)
        if lattice:  # a Bernoulli mean is k/n: one bin per value, centred on it
            edges = (np.arange(means.min() * n, means.max() * n + 2) - 0.5) / n
        else:
            edges = np.linspace(max(means.min(), mu - 5 * se), min(means.max(), mu + 5 * se), 60)
        ax.hist(means, bins=edges, density=True, color="tab:blue", alpha=0.55)
        grid = np.linspace(mu - 4 * se, mu + 4 * se, 400)
        ax.plot(grid, gaussian(grid, mu, se), color="tab:red", lw=1.6,
                label=f"N(μ, σ²/n), σ/√n = {se:.3g}")  # fmt: skip
        skew = float(np.mean((means - means.mean()) ** 3) / means.std() ** 3)
        ax.set_title(f"{name}, n = {n}: skewness of x̄ {skew:.2f}", fontsize=10)
        ax.legend(fontsize=8, loc="upper right")
        ax.grid(alpha=0.3)


def draw_cauchy_row(axes: list[Axes], rng: np.random.Generator) -> None:
    grid = np.linspace(-CAUCHY_WINDOW, CAUCHY_WINDOW, 400)
    edges = np.linspace(-CAUCHY_WINDOW, CAUCHY_WINDOW, 81)
    for ax, n in zip(axes, SIZES, strict=True):
        means = sample_means(lambda r, shape: r.standard_cauchy(shape), n, rng)
        inside = np.abs(means) <= CAUCHY_WINDOW
        # density of the whole sample, shown on the window: the bars' area is the share inside
        heights, _ = np.histogram(means[inside], bins=edges)
        ax.bar(edges[:-1], heights / (REPLICATES * np.diff(edges)), width=np.diff(edges),
               align="edge", color="tab:purple", alpha=0.55)  # fmt: skip
        ax.plot(grid, 1 / (math.pi * (1 + grid**2)), color="black", lw=1.6,
                label="standard Cauchy, for every n")  # fmt: skip
        iqr = np.subtract(*np.percentile(means, [75, 25]))
        ax.set_title(
            f"Cauchy, n = {n}: IQR of x̄ {iqr:.2f}, {100 * (1 - inside.mean()):.1f}% off-scale",
            fontsize=10,
        )
        ax.set(xlim=(-CAUCHY_WINDOW, CAUCHY_WINDOW), ylim=(0, 0.42))
        ax.legend(fontsize=8, loc="upper right")
        ax.grid(alpha=0.3)


def render(out: Path) -> Path:
    rng = np.random.default_rng(SEED)
    fig = new_figure(SIZE)
    rows = fig.subplots(3, len(SIZES))
    draw_normal_row(list(rows[0]), lambda r, shape: r.exponential(1.0, shape), 1.0, 1.0,
                    "Exponential(1)", rng)  # fmt: skip
    draw_normal_row(list(rows[1]), lambda r, shape: (r.random(shape) < 0.1).astype(float), 0.1,
                    math.sqrt(0.1 * 0.9), "Bernoulli(0.1)", rng, lattice=True)  # fmt: skip
    draw_cauchy_row(list(rows[2]), rng)
    for ax in rows[-1]:
        ax.set_xlabel("sample mean x̄")
    for row in rows:
        row[0].set_ylabel("density")
    fig.suptitle(
        f"Means of n draws, {REPLICATES} samples per panel: finite variance gives N(μ, σ²/n); "
        "the Cauchy (no variance) stays Cauchy",
        fontsize=13,
    )
    return save(fig, out)
