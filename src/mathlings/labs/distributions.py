"""The five common distributions, and what each parameter does.

One panel per family, each drawn at three parameter values so the effect of the parameter shows:
Bernoulli(p) as two bars, Binomial(20, p) leaning with p, Poisson(λ) moving right and spreading
(its variance is its mean), N(μ, σ²) for three σ (the peak height is 1/(σ√(2π)), so a narrow
density exceeds 1), and U[a, b] as boxes of area 1. The pmfs and pdfs are computed here from
their formulas (log-space for the binomial and Poisson), the same ones the drill asks for.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

from mathlings.labs._canvas import new_figure, save

SIZE = (1500, 560)
COLORS = ("tab:blue", "tab:orange", "tab:green")


def _log_factorial(m: np.ndarray) -> np.ndarray:
    return np.array([math.lgamma(v + 1) for v in np.atleast_1d(m)])


def binomial(k: np.ndarray, n: int, p: float) -> np.ndarray:
    log_ways = _log_factorial(np.full_like(k, n)) - _log_factorial(k) - _log_factorial(n - k)
    return np.exp(log_ways + k * math.log(p) + (n - k) * math.log1p(-p))


def poisson(k: np.ndarray, lam: float) -> np.ndarray:
    return np.exp(k * math.log(lam) - lam - _log_factorial(k))


def gaussian(x: np.ndarray, mu: float, sigma: float) -> np.ndarray:
    return np.exp(-0.5 * ((x - mu) / sigma) ** 2) / (sigma * math.sqrt(2 * math.pi))


def render(out: Path) -> Path:
    fig = new_figure(SIZE)
    axes = fig.subplots(1, 5)
    width = 0.25

    ax = axes[0]
    for i, p in enumerate((0.2, 0.5, 0.9)):
        ax.bar(np.array([0, 1]) + (i - 1) * width, [1 - p, p], width, color=COLORS[i],
               label=f"p = {p}")  # fmt: skip
    ax.set(title="Bernoulli(p): one trial", xticks=[0, 1], xlabel="k", ylabel="P(K = k)")

    ax = axes[1]
    k = np.arange(0, 21)
    for i, p in enumerate((0.15, 0.5, 0.8)):
        ax.plot(k, binomial(k, 20, p), "o-", ms=3, color=COLORS[i], label=f"p = {p}")
    ax.set(title="Binomial(20, p): mean np", xlabel="k successes of 20", ylabel="P(K = k)")

    ax = axes[2]
    k = np.arange(0, 31)
    for i, lam in enumerate((1.0, 4.0, 15.0)):
        ax.plot(k, poisson(k, lam), "o-", ms=3, color=COLORS[i], label=f"λ = {lam:g}")
    ax.set(title="Poisson(λ): mean = variance = λ", xlabel="k events", ylabel="P(K = k)")

    ax = axes[3]
    x = np.linspace(-5, 5, 801)
    for i, sigma in enumerate((0.35, 1.0, 2.0)):
        ax.plot(x, gaussian(x, 0.0, sigma), color=COLORS[i], label=f"σ = {sigma:g}")
    ax.axhline(1.0, color="grey", lw=0.8, ls=":")
    ax.set(title="N(0, σ²): may exceed 1", xlabel="x", ylabel="density f(x)")

    ax = axes[4]
    for i, (a, b) in enumerate(((0.0, 1.0), (-1.0, 3.0), (1.0, 1.5))):
        height = 1 / (b - a)
        ax.plot([a - 0.5, a, a, b, b, b + 0.5], [0, 0, height, height, 0, 0], color=COLORS[i],
                label=f"U[{a:g}, {b:g}]")  # fmt: skip
    ax.set(title="U[a, b]: height 1/(b − a)", xlabel="x", ylabel="density f(x)")

    for ax in axes:
        ax.legend(fontsize=8)
        ax.grid(alpha=0.3)
    return save(fig, out)
