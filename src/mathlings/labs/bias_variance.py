"""The bias-variance trade-off: polynomial fits of rising degree to noisy samples of a curve.

Three panels show the fits from a few training sets (the same 15 inputs, fresh noise each time)
at degree 1 (too stiff: all wrong the same way, bias), 4 (about right) and 11 (chasing the noise:
each set's fit different, variance), with their average over all training sets. The last panel
decomposes the expected test error, averaged over test points x0 across the interval, into bias²,
variance and the noise floor σ² for every degree from 0 to 12: the error is U-shaped in the degree
and never goes below σ². Everything is simulated (R training sets), seeded, so the picture is the
same every time.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from numpy.polynomial import legendre

from mathlings.labs._canvas import new_figure, save

SIZE = (1500, 560)
N, SIGMA, RUNS, SEED = 15, 0.3, 400, 0
DEGREES = range(N - 2)  # up to degree n − 3: past it the variance dwarfs the rest
SHOWN = (1, 4, 11)
X_TRAIN = np.linspace(0.0, 1.0, N)
X_TEST = np.linspace(0.02, 0.98, 97)  # inside the training range: no extrapolation


def f(x: np.ndarray) -> np.ndarray:
    """The true curve."""
    return np.sin(2 * math.pi * x)


def fits(degree: int, noise: np.ndarray, x: np.ndarray) -> np.ndarray:
    """(runs, len(x)): each run's least-squares polynomial of the degree through
    (X_TRAIN, f(X_TRAIN) + noise[r]), evaluated at x. All runs in one lstsq, in the Legendre
    basis on [−1, 1], which stays well conditioned up to the highest degree."""
    basis = legendre.legvander(2 * X_TRAIN - 1, degree)
    coefficients = np.linalg.lstsq(basis, (f(X_TRAIN) + noise).T, rcond=None)[0]
    return (legendre.legvander(2 * x - 1, degree) @ coefficients).T


def decomposition(degree: int, noise: np.ndarray) -> tuple[float, float]:
    """Bias² and variance at each test point over the runs (variance divided by R), then averaged
    over the test points."""
    y_hat = fits(degree, noise, X_TEST)
    centre = y_hat.mean(axis=0)
    return float(np.mean((centre - f(X_TEST)) ** 2)), float(np.mean(y_hat.var(axis=0)))


def render(out: Path) -> Path:
    rng = np.random.default_rng(SEED)
    noise = SIGMA * rng.standard_normal((RUNS, N))
    fig = new_figure(SIZE)
    axes = fig.subplots(1, 4, width_ratios=(1, 1, 1, 1.5))
    grid = np.linspace(0, 1, 200)

    for ax, degree in zip(axes[:3], SHOWN, strict=True):
        curves = fits(degree, noise, grid)
        for curve in curves[:6]:
            ax.plot(grid, curve, color="tab:orange", lw=0.9, alpha=0.7)
        ax.plot(X_TRAIN, f(X_TRAIN) + noise[0], "o", ms=3, color="tab:orange", alpha=0.8,
                label="one training set")  # fmt: skip
        ax.plot(grid, curves.mean(axis=0), color="tab:blue", lw=2, ls="--",
                label=f"average of {RUNS} fits")  # fmt: skip
        ax.plot(grid, f(grid), color="black", lw=1.5, label="true f")
        ax.set(title=f"degree {degree}: six training sets' fits", xlabel="x", ylabel="y",
               ylim=(-2.0, 2.0))  # fmt: skip
        ax.legend(fontsize=8, loc="lower left")

    terms = np.array([decomposition(d, noise) for d in DEGREES])
    bias2, variance = terms[:, 0], terms[:, 1]
    degrees = np.array(DEGREES)
    ax = axes[3]
    ax.plot(degrees, bias2 + variance + SIGMA**2, "o-", color="black", lw=2,
            label="expected test error")  # fmt: skip
    ax.plot(degrees, bias2, "s-", color="tab:blue", label="bias²")
    ax.plot(degrees, variance, "^-", color="tab:red", label="variance")
    ax.axhline(SIGMA**2, color="grey", ls=":", label=f"noise σ² = {SIGMA**2:g}")
    best = int(degrees[np.argmin(bias2 + variance)])
    ax.axvline(best, color="tab:green", lw=0.8, ls="--", label=f"lowest error: degree {best}")
    top = 1.2 * float(np.max(bias2 + variance + SIGMA**2))
    ax.set(xlabel="polynomial degree", ylabel="squared error, averaged over x0", ylim=(0, top),
           title=f"bias² + variance + σ² ({RUNS} training sets of {N})")  # fmt: skip
    ax.legend(fontsize=8)
    for ax in axes:
        ax.grid(alpha=0.3)
    return save(fig, out)
