"""Checks for partials: five partial derivatives as formulas, the central difference against the
checker's own quotient on generated smooth functions, and the step that minimises the error model
E(h) = M₃h²/6 + ε/h against its exact minimiser."""

from collections.abc import Callable

import numpy as np
from hypothesis import strategies as st

from mathlings.checker import Behaviour, Call, Mismatch, Raises, Value, close, formula
from mathlings.checker import strategies as gen

F = ("x", "y")  # f(x, y) = x²y + sin(xy)
G = ("x", "y", "z")  # g(x, y, z) = x·e^(yz) + yz²


def shown(v: np.ndarray) -> str:
    return "(" + ", ".join(f"{c:g}" for c in v) + ")"


def smooth(kind: str, a: np.ndarray, b: np.ndarray, c: float) -> Callable[[np.ndarray], float]:
    """A smooth function of x ∈ ℝᵈ built from two linear combinations a·x and b·x."""
    if kind == "sine":

        def f(x):
            return float(np.sin(a @ x) + 0.5 * (b @ x) ** 2 + c * x[0] ** 3)

        f.__name__ = f"f(x) = sin({shown(a)}·x) + ½({shown(b)}·x)² + {c:g}·x₀³"
    else:

        def f(x):
            return float(np.exp(0.5 * (a @ x)) * np.cos(b @ x) + c * x[-1] ** 2)

        f.__name__ = f"f(x) = exp(½ {shown(a)}·x)·cos({shown(b)}·x) + {c:g}·x_last²"
    return f


@st.composite
def difference_inputs(draw: st.DrawFn) -> tuple:
    """(f, x, i, h): a generated smooth f of d = 1…4 variables, a point, an index, a step."""
    d = draw(st.integers(1, 4))
    kind = draw(st.sampled_from(["sine", "exp"]))
    a = draw(gen.readable_arrays((d,), bound=2.0))
    b = draw(gen.readable_arrays((d,), bound=2.0))
    c = draw(gen.readable_elements(bound=2.0))
    x = draw(gen.readable_arrays((d,), bound=2.0))
    i = draw(st.integers(0, d - 1))
    h = draw(st.sampled_from([0.5, 0.1, 1e-2, 1e-3, 1e-4]) | st.floats(1e-4, 0.5))
    return smooth(kind, a, b, c), x, i, h


def quotient(f, x, i, h):
    """(f(x + h eᵢ) − f(x − h eᵢ)) / (2h), or the ValueError the task asks for h ≤ 0."""
    if h <= 0:
        return Raises(ValueError, "the step h must be positive")
    e_i = np.zeros(x.shape[0])
    e_i[i] = 1.0
    return (f(x + h * e_i) - f(x - h * e_i)) / (2 * h)


WAVE = smooth("sine", np.array([1.0, 2.0]), np.array([0.5, -1.0]), 1.0)
CUBE = smooth("sine", np.array([0.0]), np.array([0.0]), 1.0)  # f(x) = x₀³: quotient 3x² + h²

DIFFERENCE_CASES = [
    (CUBE, np.array([1.0]), 0, 0.5),  # (1.5³ − 0.5³)/1 = 3.25 = 3·1² + 0.5²
    (WAVE, np.array([0.5, -1.0]), 1, 1e-3),
    (WAVE, np.array([0.5, -1.0]), 0, 0.0),
    (WAVE, np.array([0.5, -1.0]), 0, -1e-3),
]


@st.composite
def step_inputs(draw: st.DrawFn) -> tuple[float, float]:
    M3 = 10.0 ** draw(st.floats(-3, 3))
    eps = 10.0 ** draw(st.floats(-17, -6))
    return M3, eps


def minimiser(M3, eps):
    """h* = (3ε/M₃)^(1/3), the zero of E′(h) = M₃h/3 − ε/h²."""
    if M3 <= 0 or eps <= 0:
        return Raises(ValueError, "M3 and eps must be positive")
    return (3 * eps / M3) ** (1 / 3)


BEST_STEP = "best_step(M3, eps)"


def scaling(learner) -> Mismatch | None:
    """How the learner's h changes when ε or M₃ is multiplied by 1000: the minimiser
    (3ε/M₃)^(1/3) grows by 1000^(1/3) = 10 with ε and shrinks by 10 with M₃."""
    base, more_eps, more_m3 = (1.0, 1e-16), (1.0, 1e-13), (1000.0, 1e-16)
    try:
        h = {args: float(learner.call(BEST_STEP, *args)) for args in (base, more_eps, more_m3)}
    except (TypeError, ValueError):
        return None  # not a number: the next step says what is wrong with it
    if not all(np.isfinite(v) and v > 0 for v in h.values()):
        return None
    for args, name, sign in ((more_eps, "ε", 1), (more_m3, "M₃", -1)):
        power = sign * np.log(h[args] / h[base]) / np.log(1000.0)
        if abs(power - 1 / 3) > 1e-6:
            return Mismatch(
                f"multiplying {name} by 1000 multiplied your h by {h[args] / h[base]:.4g}, so "
                f"your h grows like {name}^{sign * power:.3g}; the minimiser of E(h) changes "
                f"like {name}^{sign / 3:.3g}, by a factor {10.0**sign:g}",
                call=BEST_STEP,
                inputs={"M3": base[0], "eps": base[1], "then": f"{name} × 1000"},
                mistake="square-root-rule" if abs(power - 0.5) < 1e-6 else None,
            )
    return None


CHECKS = [
    Value("df_dx", "2*x*y + y*cos(x*y)", compare=formula(*F)),
    Value("df_dy", "x**2 + x*cos(x*y)", compare=formula(*F)),
    Value("dg_dx", "exp(y*z)", compare=formula(*G)),
    Value("dg_dy", "x*z*exp(y*z) + z**2", compare=formula(*G)),
    Value("dg_dz", "x*y*exp(y*z) + 2*y*z", compare=formula(*G)),
    Call(
        "central_difference(f, x, i, h)",
        inputs=difference_inputs(),
        expected=quotient,
        compare=close(rtol=1e-7, atol=1e-8),
        cases=DIFFERENCE_CASES,
        examples=40,
    ),
    Behaviour("how h scales", scaling, needs=(BEST_STEP,), examples=3),
    Call(
        BEST_STEP,
        inputs=step_inputs(),
        expected=minimiser,
        compare=close(rtol=1e-9, atol=0.0),
        cases=[(1.0, 1e-16), (6.0, 2e-16), (0.0, 1e-16), (1.0, 0.0), (-1.0, 1e-16)],
        examples=30,
    ),
]
