"""Checks for gd-1d: the trajectory against the closed form on f(x) = (x − 3)², against a reference
loop on other gradients, then each learning rate by the behaviour it must show (run with a reference
gradient descent, so a wrong gradient_descent does not spoil the rates), then the plot by what it
draws: one line per rate, the reference trajectory for that rate, labelled, on labelled axes."""

from collections.abc import Callable

import numpy as np
from hypothesis import strategies as st

from mathlings.checker import Behaviour, Call, Curve, Mismatch, close, named, parts, plotted
from mathlings.checker import strategies as gen

MINIMUM, X0, STEPS = 3.0, 0.0, 30
GOOD_WITHIN = 1e-6  # |x_30 − 3| for a good rate
CRAWL_BEYOND = 0.1  # |x_30 − 3| for a crawl: still farther than this after 30 steps
RATES = "three_learning_rates()"
PLOT = "plot_trajectories(grad, x0, steps)"


PARABOLA = named(lambda x: 2 * (x - MINIMUM), "grad(x) = 2(x − 3)")

# Other convex functions' gradients, each with a start and learning-rate range that stays finite.
OTHERS = [
    (named(lambda x: 2 * (x + 1), "grad(x) = 2(x + 1)"), 10.0, 1.25),
    (named(lambda x: 4 * x**3, "grad(x) = 4x³"), 1.0, 0.1),
    (named(lambda x: np.exp(x) - 1, "grad(x) = eˣ − 1"), 2.0, 0.5),
]


def closed_form(grad, x0, lr, steps):
    """x_t = 3 + (1 − 2η)ᵗ (x₀ − 3) for f(x) = (x − 3)²."""
    return np.array([MINIMUM + (1 - 2 * lr) ** t * (x0 - MINIMUM) for t in range(steps + 1)])


def descend(grad, x0, lr, steps):
    """The reference loop: x_{t+1} = x_t − η grad(x_t)."""
    xs = [x0]
    with np.errstate(all="ignore"):
        for _ in range(steps):
            xs.append(xs[-1] - lr * grad(xs[-1]))
    return np.array(xs, dtype=float)


@st.composite
def parabola_runs(draw):
    x0 = draw(gen.elements(10.0))
    lr = draw(st.floats(0.0, 1.25, allow_subnormal=False))
    steps = draw(st.integers(0, STEPS))
    return (PARABOLA, x0, lr, steps)


@st.composite
def other_runs(draw):
    grad, x_bound, lr_max = draw(st.sampled_from(OTHERS))
    x0 = draw(gen.elements(x_bound))
    lr = draw(st.floats(0.0, lr_max, allow_subnormal=False))
    steps = draw(st.integers(0, STEPS))
    return (grad, x0, lr, steps)


# --- the three learning rates ------------------------------------------------------------------


def the_rates(learner) -> list[float] | Mismatch:
    got = learner.call(RATES)
    rates = parts(got, ("crawl", "good", "diverge"), [()] * 3, finite=True)
    if isinstance(rates, str):
        return Mismatch(
            f"{RATES} {rates}: three learning rates, each a number", got=repr(got)[:200]
        )
    return [float(eta) for eta in rates]


def kind(eta: float) -> str | None:
    """Which of the three behaviours the walk from x₀ = 0 with rate η shows, if any."""
    if eta <= 0:
        return None
    xs = descend(PARABOLA, X0, eta, STEPS)
    dist = np.abs(xs - MINIMUM)
    if eta > 1 or bool(np.all(np.diff(dist) > 0)):
        return "diverge"
    if dist[-1] < GOOD_WITHIN:
        return "good"
    if bool(np.all(xs <= MINIMUM)) and dist[-1] > CRAWL_BEYOND:
        return "crawl"
    return None


def walk(eta: float) -> str:
    """The first few and the last iterate, for the message."""
    xs = descend(PARABOLA, X0, eta, STEPS)
    first = ", ".join(f"{x:.4g}" for x in xs[:5])
    return f"from x₀ = 0 with η = {eta:g}: x₀…x₄ = {first}, …, x₃₀ = {xs[-1]:.6g}"


def common(learner, position: int) -> tuple[float, Mismatch | None]:
    """The rate at `position`, or the mismatch every rate is checked for first."""
    rates = the_rates(learner)
    if isinstance(rates, Mismatch):
        return 0.0, rates
    kinds = [kind(eta) for eta in rates]
    wanted = ["crawl", "good", "diverge"]
    if sorted(k or "" for k in kinds) == sorted(wanted) and kinds != wanted:
        return 0.0, Mismatch(
            f"your rates {tuple(rates)} behave as ({', '.join(kinds)}), in that order; "
            "return them as (crawl, good, diverge)",
            mistake="rates-in-wrong-order",
        )
    eta = rates[position]
    name = wanted[position]
    if eta < 0:
        return eta, Mismatch(
            f"{name} = {eta:g} is negative: x − η·f′(x) with η < 0 walks uphill, away from 3 "
            f"({walk(eta)})",
            mistake="negative-rate",
        )
    if eta == 0:
        return eta, Mismatch(f"{name} = 0 never moves: x stays at x₀ = 0")
    return eta, None


def crawl(learner) -> Mismatch | None:
    eta, found = common(learner, 0)
    if found:
        return found
    xs = descend(PARABOLA, X0, eta, STEPS)
    if np.any(xs > MINIMUM + 1e-12):
        if eta < 1:
            return Mismatch(
                f"crawl = {eta:g} overshoots the minimum 3 and zig-zags around it "
                f"({walk(eta)}); a crawl creeps up from one side",
                mistake="crawl-oscillates",
            )
        return Mismatch(f"crawl = {eta:g} does not converge at all ({walk(eta)})")
    dist = abs(xs[-1] - MINIMUM)
    if dist <= CRAWL_BEYOND:
        return Mismatch(
            f"crawl = {eta:g} is too fast for a crawl: after 30 steps x₃₀ is {dist:.3g} from 3, "
            f"but a crawl is still more than {CRAWL_BEYOND:g} away ({walk(eta)})",
            detail="Each step multiplies the distance to 3 by 1 − 2η: a crawl needs that factor "
            "close to 1, so a small η.",
        )
    return None


def good(learner) -> Mismatch | None:
    eta, found = common(learner, 1)
    if found:
        return found
    xs = descend(PARABOLA, X0, eta, STEPS)
    dist = abs(xs[-1] - MINIMUM)
    if dist < GOOD_WITHIN:
        return None
    factor = abs(1 - 2 * eta)
    why = (
        "it does not converge at all"
        if factor >= 1
        else f"it converges, but the distance only shrinks by the factor |1 − 2η| = {factor:.3g} "
        "per step"
    )
    return Mismatch(
        f"good = {eta:g} ends {dist:.3g} from the minimum after 30 steps; a good rate gets within "
        f"{GOOD_WITHIN:g} of 3 ({walk(eta)})",
        detail=f"With η = {eta:g} {why}.",
    )


def diverge(learner) -> Mismatch | None:
    eta, found = common(learner, 2)
    if found:
        return found
    if kind(eta) == "diverge":
        return None
    if eta == 1:
        return Mismatch(
            f"diverge = 1 bounces between 0 and 6 forever: |x_t − 3| stays 3, it never grows "
            f"({walk(eta)})",
            mistake="diverge-at-one",
        )
    return Mismatch(
        f"diverge = {eta:g} converges: |x_t − 3| shrinks by |1 − 2η| = {abs(1 - 2 * eta):.3g} per "
        f"step ({walk(eta)}); diverging needs a distance that grows at every step"
    )


# --- the plot -----------------------------------------------------------------------------------

PLOT_RUNS = [(PARABOLA, X0, STEPS), (OTHERS[0][0], 2.0, 10)]  # the second: the grad is used


def plot(learner) -> Mismatch | None:
    rates = the_rates(learner)
    if isinstance(rates, Mismatch):
        return Mismatch(
            f"the plot draws the rates of {RATES}, which cannot be used yet: {rates.message}"
        )
    for grad, x0, steps in PLOT_RUNS:
        curves = [
            Curve(descend(grad, x0, eta, steps), f"the trajectory for η = {eta:g}", label=eta)
            for eta in rates
        ]
        got = learner.call(PLOT, grad, x0, steps)
        found = plotted(each="learning rate")(curves, got, ())
        if found is not None:
            found.call = PLOT
            found.inputs = {"grad": grad, "x0": x0, "steps": steps}
            found.mistake = plot_mistake(got, curves)
            return found
    return None


def plot_mistake(got, curves: list[Curve]) -> str | None:
    """A catalogued plotting mistake the figure shows, if any."""
    ys = [line.y for line in getattr(got, "lines", ())]
    if len(ys) == 1 and np.array_equal(ys[0], curves[-1].y):
        return "plots-after-the-loop"
    if len(ys) == 1 and ys[0].size == len(curves):
        return "final-x-against-rate"
    if len(ys) > 1 and all(np.array_equal(y, ys[0]) for y in ys[1:]):
        return "one-trajectory-three-times"
    return None


CHECKS = [
    Call(
        "gradient_descent(grad, x0, lr, steps)",
        name="gradient_descent on (x − 3)²",
        inputs=parabola_runs(),
        expected=closed_form,
        compare=close(rtol=1e-9, atol=1e-9, allow_column=True),
        cases=[
            (PARABOLA, 0.0, 0.25, 0),
            (PARABOLA, 0.0, 0.5, 3),
            (PARABOLA, 0.0, 1.0, 4),
            (PARABOLA, 0.0, 0.02, 30),
        ],
    ),
    Call(
        "gradient_descent(grad, x0, lr, steps)",
        name="gradient_descent on other functions",
        inputs=other_runs(),
        expected=descend,
        compare=close(rtol=1e-9, atol=1e-9, allow_column=True),
        cases=[(grad, 0.5, 0.1, 5) for grad, _, _ in OTHERS],
    ),
    Behaviour("crawl", crawl, needs=(RATES,)),
    Behaviour("good", good, needs=(RATES,)),
    Behaviour("diverge", diverge, needs=(RATES,)),
    Behaviour("plot", plot, needs=(RATES, PLOT), examples=len(PLOT_RUNS)),
]
