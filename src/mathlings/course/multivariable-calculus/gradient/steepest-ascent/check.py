"""Checks for steepest-ascent: directional derivatives and the gradient by central differences, the
steepest of random candidate directions, and then the point of the drill: with ∇f/‖∇f‖ among 500
random unit directions, nothing beats it."""

from collections.abc import Callable

import numpy as np
from hypothesis import assume
from hypothesis import strategies as st

from mathlings.checker import Behaviour, Call, Mismatch, Raises, close, tuple_of
from mathlings.checker import strategies as gen

RATE = {"rtol": 1e-7, "atol": 1e-9}
STEEPEST = "steepest_direction(f, x, directions, h)"
CANDIDATES = 500  # random unit directions in the "none beats the gradient" step
H = 1e-5


def shown(v: np.ndarray) -> str:
    return "(" + ", ".join(f"{c:g}" for c in v) + ")"


def smooth(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> Callable[[np.ndarray], float]:
    """f(x) = sin(a·x) + ½(b·x)² + c·x."""

    def f(x):
        return float(np.sin(a @ x) + 0.5 * (b @ x) ** 2 + c @ x)

    f.__name__ = f"f(x) = sin({shown(a)}·x) + ½({shown(b)}·x)² + {shown(c)}·x"
    return f


def exact_gradient(a: np.ndarray, b: np.ndarray, c: np.ndarray, x: np.ndarray) -> np.ndarray:
    """∇f(x) = cos(a·x) a + (b·x) b + c for the f of smooth(a, b, c)."""
    return np.cos(a @ x) * a + (b @ x) * b + c


@st.composite
def functions(draw: st.DrawFn, low: int = 1, high: int = 4) -> tuple:
    """(f, x): a generated smooth f of d variables and a point where ∇f is not near 0."""
    d = draw(st.integers(low, high))
    a, b, c = (draw(gen.readable_arrays((d,), bound=2.0)) for _ in range(3))
    x = draw(gen.readable_arrays((d,), bound=2.0))
    assume(np.linalg.norm(exact_gradient(a, b, c, x)) > 1e-2)
    return smooth(a, b, c), x


STEPS = st.sampled_from([1e-5, 1e-4, 1e-3]) | st.floats(1e-5, 1e-3)


@st.composite
def directional_inputs(draw: st.DrawFn) -> tuple:
    f, x = draw(functions())
    u = draw(gen.nonzero_vectors(len(x), bound=3.0))
    return f, x, u, draw(STEPS)


@st.composite
def gradient_inputs(draw: st.DrawFn) -> tuple:
    f, x = draw(functions())
    return f, x, draw(STEPS)


@st.composite
def steepest_inputs(draw: st.DrawFn) -> tuple:
    """(f, x, directions, h): k random rows of random lengths, drawn from a seed so that no two
    candidates tie."""
    f, x = draw(functions())
    k = draw(st.integers(1, 30))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    directions = rng.normal(size=(k, len(x))) * rng.uniform(0.2, 3.0, size=(k, 1))
    return f, x, directions, draw(STEPS)


def quotient(f, x, u, h):
    """(f(x + h û) − f(x − h û)) / (2h), û = u/‖u‖; ValueError for u = 0."""
    length = np.linalg.norm(u)
    if length == 0:
        return Raises(ValueError, "u = 0 has no direction")
    u_hat = u / length
    return (f(x + h * u_hat) - f(x - h * u_hat)) / (2 * h)


def gradient(f, x, h):
    return np.array([quotient(f, x, e, h) for e in np.eye(len(x))])


def steepest(f, x, directions, h):
    rates = [quotient(f, x, row, h) for row in directions]
    best = int(np.argmax(rates))
    u = directions[best] / np.linalg.norm(directions[best])
    g = gradient(f, x, h)
    angle = float(np.arccos(np.clip(u @ g / np.linalg.norm(g), -1.0, 1.0)))
    return u, rates[best], angle


WAVE = smooth(np.array([1.0, 2.0]), np.array([0.5, -1.0]), np.array([1.0, 0.0]))
BOWL = smooth(np.array([0.0, 0.0, 0.0]), np.array([1.0, 1.0, 1.0]), np.array([0.0, 0.0, 0.0]))
DIRECTIONAL_CASES = [
    (WAVE, np.array([0.5, -1.0]), np.array([3.0, 4.0]), 1e-3),  # not a unit vector: ‖u‖ = 5
    (WAVE, np.array([0.5, -1.0]), np.array([0.0, 2.0]), 1e-4),
    (BOWL, np.array([1.0, 2.0, 3.0]), np.array([1.0, 1.0, 1.0]), 1e-5),  # along ∇f: rate ‖∇f‖
    (WAVE, np.array([0.5, -1.0]), np.array([0.0, 0.0]), 1e-5),
]
STEEPEST_CASES = [
    (
        WAVE,
        np.array([0.5, -1.0]),
        np.array([[1.0, 0.0], [0.0, 2.0], [-3.0, 0.0], [0.0, -0.5]]),
        1e-4,
    ),
    (BOWL, np.array([1.0, 2.0, 3.0]), np.array([[2.0, 0.0, 0.0], [0.0, 0.0, -1.0]]), 1e-5),
]


def none_beats_the_gradient(learner) -> Mismatch | None:
    """With ∇f/‖∇f‖ hidden among 500 random unit directions, the learner's search must find it."""
    rng = np.random.default_rng(20261203)
    for _ in range(8):
        d = int(rng.integers(2, 5))
        a, b, c = (np.round(rng.uniform(-2, 2, size=d), 1) for _ in range(3))
        f = smooth(a, b, c)
        x = np.round(rng.uniform(-2, 2, size=d), 1)
        g = exact_gradient(a, b, c, x)
        if np.linalg.norm(g) < 0.1:
            continue
        steepest_u = g / np.linalg.norm(g)
        directions = rng.normal(size=(CANDIDATES, d))
        directions /= np.linalg.norm(directions, axis=1, keepdims=True)
        at = int(rng.integers(0, CANDIDATES + 1))
        directions = np.insert(directions, at, steepest_u, axis=0)
        got = learner.call(STEEPEST, f, x, directions, H)
        inputs = {"f": f, "x": x, "directions": f"{CANDIDATES} random unit rows, and row {at} = "
                  f"∇f/‖∇f‖ = {shown(np.round(steepest_u, 6))}", "h": H}  # fmt: skip
        found = judge(got, steepest_u, float(np.linalg.norm(g)), at)
        if found is None:
            inputs = {"f": f, "x": x, "directions": np.array([-steepest_u]), "h": H}
            found = opposite(learner.call(STEEPEST, f, x, inputs["directions"], H))
        if found is not None:
            found.call, found.inputs = STEEPEST, inputs
            return found
    return None


def opposite(got) -> Mismatch | None:
    """With −∇f/‖∇f‖ as the only row, the angle is π (and the rate −‖∇f‖)."""
    try:
        angle = float(got[2])
    except (TypeError, ValueError, IndexError, KeyError):
        return Mismatch("returned something other than the tuple (u, rate, angle)", got=got)
    if np.isnan(angle):
        return Mismatch(
            "returned angle = nan for the one row −∇f/‖∇f‖: u·∇f/‖∇f‖ is −1 up to rounding "
            "there, and arccos of a hair below −1 is nan", expected=np.pi, got=angle,
            mistake="arccos-unclipped",
        )  # fmt: skip
    if not abs(angle - np.pi) < 1e-5:
        return Mismatch(
            "the one row is −∇f/‖∇f‖, which points straight against the gradient, but the angle "
            "is not π", expected=np.pi, got=angle,
        )  # fmt: skip
    return None


def judge(got, steepest_u: np.ndarray, norm: float, at: int) -> Mismatch | None:
    if not isinstance(got, (tuple, list)) or len(got) != 3:
        return Mismatch("returned something other than the tuple (u, rate, angle)", got=got)
    u, rate, angle = got
    try:
        u = np.asarray(u, dtype=float).reshape(-1)
        rate, angle = float(rate), float(angle)
    except (TypeError, ValueError):
        return Mismatch("returned (u, rate, angle) that are not numbers", got=got)
    if u.shape != steepest_u.shape or np.linalg.norm(u - steepest_u) > 1e-6:
        if u.shape == steepest_u.shape and np.linalg.norm(u + steepest_u) <= 1e-6:
            return Mismatch(
                "picked −∇f/‖∇f‖, the direction of steepest descent, where the largest rate of "
                "increase is due", expected=steepest_u, got=u, mistake="steepest-descent",
            )  # fmt: skip
        return Mismatch(
            f"did not pick row {at}, ∇f/‖∇f‖, which has the largest directional derivative of "
            "all the rows", expected=steepest_u, got=u,
        )  # fmt: skip
    if not abs(rate - norm) <= 1e-6 * norm:
        return Mismatch("picked ∇f/‖∇f‖ but its rate is not ‖∇f‖", expected=norm, got=rate)
    if np.isnan(angle):
        return Mismatch(
            "picked ∇f/‖∇f‖ but returned angle = nan: u·∇f/‖∇f‖ is 1 up to rounding there, and "
            "arccos of a hair above 1 is nan", expected=0.0, got=angle, mistake="arccos-unclipped",
        )  # fmt: skip
    if not 0 <= angle < 1e-5:
        return Mismatch(
            "picked ∇f/‖∇f‖, whose angle to your numerical gradient is 0, but returned "
            f"angle = {angle!r}", expected=0.0, got=angle,
        )  # fmt: skip
    return None


CHECKS = [
    Call(
        "directional_derivative(f, x, u, h)",
        inputs=directional_inputs(),
        expected=quotient,
        compare=close(**RATE),
        cases=DIRECTIONAL_CASES,
        examples=40,
    ),
    Call(
        "numerical_gradient(f, x, h)",
        inputs=gradient_inputs(),
        expected=gradient,
        compare=close(**RATE),
        cases=[(WAVE, np.array([0.5, -1.0]), 1e-4), (BOWL, np.array([1.0, 2.0, 3.0]), 1e-5)],
        examples=30,
    ),
    Call(
        STEEPEST,
        inputs=steepest_inputs(),
        expected=steepest,
        compare=tuple_of(
            ("u", "rate", "angle"),
            close(rtol=0.0, atol=1e-7),
            close(**RATE),
            close(rtol=0.0, atol=1e-6),
        ),
        cases=STEEPEST_CASES,
        examples=30,
    ),
    Behaviour("none beats the gradient", none_beats_the_gradient, needs=(STEEPEST,), examples=8),
]
