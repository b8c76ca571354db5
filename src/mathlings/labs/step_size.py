"""The error of forward and central differences against the step h, on log-log axes.

For f(x) = eˣ at x = 1 (every derivative is e there), the forward difference (f(x + h) − f(x))/h
is off by about (h/2)·f″ from truncation and by about 2ε/h from rounding, where ε ≈ 1.1e-16·|f| is
the rounding error of one value of f. The central difference (f(x + h) − f(x − h))/(2h) is off by
about (h²/6)·f‴ and ε/h. On log-log axes each law is a straight line: slope 1 or 2 on the right,
where truncation wins, slope −1 on the left, where rounding wins. The measured errors follow the
V of their sum, and each bottom sits near the h where the two laws cross.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from mathlings.labs._canvas import new_figure, save

SIZE = (1000, 640)
STEPS = np.logspace(-16, 0, 161)
COLORS = {"forward": "tab:orange", "central": "tab:blue"}


def errors(x: float, hs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """|forward − f′(x)| and |central − f′(x)| for f = exp at each step h."""
    exact = np.exp(x)
    forward = (np.exp(x + hs) - np.exp(x)) / hs
    central = (np.exp(x + hs) - np.exp(x - hs)) / (2 * hs)
    return np.abs(forward - exact), np.abs(central - exact)


def render(out: Path, x: float = 1.0) -> Path:
    x = float(x)
    if not np.isfinite(x) or abs(x) > 50:
        raise ValueError(f"the step-size lab takes a point x with |x| ≤ 50, got {x}")
    f = np.exp(x)  # f = f′ = f″ = f‴ at x
    eps = np.finfo(float).eps / 2 * f  # the rounding error of one value of f
    forward_err, central_err = errors(x, STEPS)
    tiny = np.finfo(float).tiny  # an error of exactly 0 cannot be drawn on a log scale

    fig = new_figure(SIZE)
    ax = fig.subplots()
    for name, err in (("forward", forward_err), ("central", central_err)):
        ax.loglog(STEPS, np.maximum(err, tiny), ".", ms=4, color=COLORS[name],
                  label=f"{name} difference: measured error")  # fmt: skip
    ax.loglog(STEPS, STEPS / 2 * f, "--", color=COLORS["forward"], lw=1,
              label="forward truncation (h/2)·f″  (slope 1)")  # fmt: skip
    ax.loglog(STEPS, STEPS**2 / 6 * f, "--", color=COLORS["central"], lw=1,
              label="central truncation (h²/6)·f‴  (slope 2)")  # fmt: skip
    ax.loglog(STEPS, 2 * eps / STEPS, ":", color=COLORS["forward"], lw=1.5,
              label="forward rounding 2ε/h  (slope −1)")  # fmt: skip
    ax.loglog(STEPS, eps / STEPS, ":", color=COLORS["central"], lw=1.5,
              label="central rounding ε/h  (slope −1)")  # fmt: skip
    offsets = {"forward": (-40, -60), "central": (-60, -30)}
    for name, err in (("forward", forward_err), ("central", central_err)):
        best = int(np.argmin(err))
        ax.annotate(
            f"smallest {name} error: {err[best]:.1e} at h = {STEPS[best]:.1e}",
            (STEPS[best], err[best]),
            xytext=offsets[name],
            textcoords="offset points",
            ha="right",
            bbox={"fc": "white", "ec": "none", "alpha": 0.85, "pad": 1},
            color=COLORS[name],
            fontsize=10,
            arrowprops={"arrowstyle": "->", "color": COLORS[name]},
        )
    ax.set(xlabel="step h", ylabel="|estimate − f′(x)|", ylim=(1e-13, 1e2), xlim=(1e-16, 1))
    ax.set_title(
        f"Derivative of f(x) = eˣ at x = {x:g} by finite differences in float64: "
        "rounding on the left, truncation on the right",
        fontsize=12,
    )
    ax.grid(alpha=0.3, which="major")
    ax.legend(loc="upper center", fontsize=9, ncol=2, framealpha=0.95)
    return save(fig, out)
