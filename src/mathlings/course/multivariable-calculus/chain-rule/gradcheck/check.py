"""Checks for gradcheck: central differences against a known step and against torch autograd, the
relative error on its own (zeros included), then the whole checker on right gradients (it must not
raise a false alarm, also where h = 1e-10 or h = 1e-2 would) and on subtly wrong ones (it must
report their relative error); last, the learner's own autograd gradient and the same comparison
against it. The functions and gradients are handed over as callables (pickled by value, with the
constants they use), NumPy versions for the differences and torch versions for autograd."""

from collections.abc import Callable

import numpy as np
import torch
from hypothesis import assume
from hypothesis import strategies as st

from mathlings.checker import Call, Mismatch, as_array, autograd, close, named, shown
from mathlings.checker import strategies as gen

THRESHOLD = 1e-6  # the task's rule: a relative error below this says "the gradient is right"
TINY = 1e-12

A = np.array([[2.0, 1.0, 0.0], [-1.0, 3.0, 0.5], [0.0, 2.0, 1.0]])  # not symmetric
B = np.array([[1.0, 2.0, 0.0], [0.0, -1.0, 1.0]])
C = np.array([0.5, -1.0])


# Each f takes xp = numpy (what the learner gets) or torch (for the autograd oracle).
def quadratic(x, xp=np):
    return x @ xp.asarray(A) @ x


def least_squares(x, xp=np):
    r = xp.asarray(B) @ x + xp.asarray(C)
    return 10.0 + r @ r


def steep_sine(x, xp=np):
    return xp.sum(xp.sin(10.0 * x))


def steep_exp(x, xp=np):
    return xp.sum(xp.exp(3.0 * x)) / 3.0


def offset_logsumexp(x, xp=np):
    return 100.0 + xp.log(xp.sum(xp.exp(x)))


def square_norm(x, xp=np):
    return x @ x


def cosines(x, xp=np):
    return xp.sum(xp.cos(x))


def softmax(x):
    e = np.exp(x - np.max(x))
    return e / np.sum(e)


FUNCTIONS = {
    "quadratic": named(quadratic, "f(x) = xᵀAx, A = [[2, 1, 0], [-1, 3, 0.5], [0, 2, 1]]"),
    "least_squares": named(
        least_squares, "f(x) = 10 + ‖Bx + c‖², B = [[1, 2, 0], [0, -1, 1]], c = [0.5, -1]"
    ),
    "steep_sine": named(steep_sine, "f(x) = Σᵢ sin(10xᵢ)"),
    "steep_exp": named(steep_exp, "f(x) = Σᵢ exp(3xᵢ) / 3"),
    "offset_logsumexp": named(offset_logsumexp, "f(x) = 100 + log Σᵢ exp(xᵢ)"),
    "square_norm": named(square_norm, "f(x) = ‖x‖²"),
    "cosines": named(cosines, "f(x) = Σᵢ cos(xᵢ)"),
}

# (function, its right gradient, wrong gradients, size n or None for any, bound on the entries)
RIGHT = {
    "quadratic": named(lambda x: (A + A.T) @ x, "grad(x) = (A + Aᵀ)x"),
    "least_squares": named(lambda x: 2 * B.T @ (B @ x + C), "grad(x) = 2Bᵀ(Bx + c)"),
    "steep_sine": named(lambda x: 10.0 * np.cos(10.0 * x), "grad(x) = 10 cos(10x)"),
    "steep_exp": named(lambda x: np.exp(3.0 * x), "grad(x) = exp(3x)"),
    "offset_logsumexp": named(softmax, "grad(x) = softmax(x)"),
    "square_norm": named(lambda x: 2 * x, "grad(x) = 2x"),
    "cosines": named(lambda x: -np.sin(x), "grad(x) = −sin(x)"),
}
WRONG = {
    "quadratic": [
        named(lambda x: 2 * A @ x, "grad(x) = 2Ax (the Aᵀx term transposed)"),
        named(lambda x: 2 * (A + A.T) @ x, "grad(x) = 2(A + Aᵀ)x (a factor 2 too many)"),
    ],
    "least_squares": [
        named(lambda x: 2 * B.T @ (B @ x), "grad(x) = 2BᵀBx (the bias c missing)"),
        named(lambda x: B.T @ (B @ x + C), "grad(x) = Bᵀ(Bx + c) (the factor 2 missing)"),
    ],
    "steep_sine": [named(lambda x: np.cos(10.0 * x), "grad(x) = cos(10x) (inner factor missing)")],
    "offset_logsumexp": [
        named(lambda x: np.exp(x) / np.sum(np.exp(x)) ** 2, "grad(x) = eˣ / (Σ eˣ)²")
    ],
}
SIZES = {"quadratic": 3, "least_squares": 3}
BOUNDS = {"steep_exp": 2.0}


def torch_gradient(f: Callable, x: np.ndarray) -> np.ndarray:
    """∇f(x) by torch autograd in float64."""
    return autograd.gradient(lambda t: f(t, xp=torch), x)


# --- the reference, for the steps that compare with a step h the learner is given -------------


def central_difference(f, x, h):
    grad = np.zeros_like(x)
    for i in range(x.size):
        e_i = np.zeros_like(x)
        e_i[i] = 1.0
        grad[i] = (f(x + h * e_i) - f(x - h * e_i)) / (2 * h)
    return grad


def relative(a, b) -> float:
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a), np.linalg.norm(b), TINY))


# --- inputs ------------------------------------------------------------------------------------


@st.composite
def points(draw: st.DrawFn, key: str) -> np.ndarray:
    n = SIZES.get(key) or draw(st.integers(1, 5))
    x = draw(gen.readable_arrays((n,), BOUNDS.get(key, 3.0)))
    # away from critical points, where a relative error measures only rounding noise
    assume(float(np.linalg.norm(RIGHT[key](x))) >= 0.1)
    if key == "quadratic":
        assume(float(np.linalg.norm(x)) >= 0.5)  # at x = 0, 2Ax and (A + Aᵀ)x are both 0
    return x


@st.composite
def function_and_point(draw: st.DrawFn) -> tuple:
    key = draw(st.sampled_from([k for k in RIGHT if k not in ("square_norm", "cosines")]))
    return (FUNCTIONS[key], draw(points(key)))


@st.composite
def with_step(draw: st.DrawFn) -> tuple:
    f, x = draw(function_and_point())
    return (f, x, draw(st.sampled_from([1e-3, 1e-4])))


@st.composite
def checks_of(draw: st.DrawFn, wrong: bool) -> tuple:
    key = draw(st.sampled_from(list(WRONG) if wrong else list(RIGHT)))
    grad = draw(st.sampled_from(WRONG[key])) if wrong else RIGHT[key]
    if key in ("square_norm", "cosines"):
        return (FUNCTIONS[key], grad, np.zeros(draw(st.integers(1, 4))))
    x = draw(points(key))
    if wrong:  # a wrong gradient can be right at some points (eˣ/(Σ eˣ)² where Σ eˣ = 1)
        assume(relative(grad(x), RIGHT[key](x)) >= 0.01)
    return (FUNCTIONS[key], grad, x)


@st.composite
def any_check(draw: st.DrawFn) -> tuple:
    return draw(checks_of(draw(st.booleans())))


@st.composite
def checks_with_step(draw: st.DrawFn) -> tuple:
    key = draw(st.sampled_from(["steep_sine", "steep_exp", "quadratic", "least_squares"]))
    grad = draw(st.sampled_from([RIGHT[key], *WRONG.get(key, [])]))
    x = draw(points(key))
    assume(grad is RIGHT[key] or relative(grad(x), RIGHT[key](x)) >= 0.01)
    return (FUNCTIONS[key], grad, x, draw(st.sampled_from([1e-2, 1e-4])))


def no_tiny_entries(v: np.ndarray) -> np.ndarray:
    """Entries below 1e-3 in size made 0: a norm is then 0 or at least 1e-3, never near TINY."""
    return np.where(np.abs(v) < 1e-3, 0.0, v)


@st.composite
def vector_pairs(draw: st.DrawFn) -> tuple:
    n = draw(st.integers(1, 5))
    a = draw(gen.readable_arrays((n,)).map(no_tiny_entries))
    b = draw(
        st.one_of(
            gen.readable_arrays((n,)).map(no_tiny_entries),
            st.sampled_from([2.0, 0.5, -1.0, 1.001]).map(lambda s: s * a),
            st.just(np.zeros(n)),
        )
    )
    return (a, b) if draw(st.booleans()) else (b, a)


# --- the verdict on a relative error -------------------------------------------------------------


def judged_error(expected, got, args=()) -> Mismatch | None:
    """Below the threshold the gradient is called right: any relative error in [0, 1e-6) passes
    there. Above it, the relative error must be the expected one within 0.1 %."""
    try:
        g = as_array(got)
    except ValueError:
        return Mismatch("returned something that is not a number", expected=expected, got=got)
    if g.shape != ():
        return Mismatch(f"returned shape {g.shape}; expected a number", expected=expected, got=g)
    e, value = float(expected), float(g)
    if value == e or (np.isnan(e) and np.isnan(value)):  # a mistake's own inf or NaN, too
        return None
    if e < THRESHOLD:
        if 0.0 <= value < THRESHOLD:
            return None
        return Mismatch(
            f"raised a false alarm: the gradient is right (its relative error is {shown(e)}), but "
            f"your check reports {shown(value)}, not below {THRESHOLD:g}",
            expected=f"below {THRESHOLD:g}",
            got=value,
            tolerance=f"a right gradient's relative error is below {THRESHOLD:g}",
        )
    if np.isfinite(value) and abs(value - e) <= 1e-3 * e:
        return None
    return Mismatch(
        "gave a wrong relative error"
        + (" and missed a wrong gradient" if value < THRESHOLD else ""),
        expected=e,
        got=value,
        tolerance="|got − expected| ≤ 0.001·expected",
    )


def exact_error(f, grad, x) -> float:
    return relative(grad(x), torch_gradient(f, x))


def error_at_step(f, grad, x, h) -> float:
    return relative(grad(x), central_difference(f, x, h))


# --- the same functions written in torch, for autograd ------------------------------------------


def in_torch(key: str) -> Callable:
    """FUNCTIONS[key] on a torch tensor: what autograd_gradient is handed."""
    f = FUNCTIONS[key]

    def torch_f(x):
        return f(x, xp=torch)

    return named(torch_f, f"{f.__name__}, in torch")


TORCH = {key: in_torch(key) for key in FUNCTIONS}


@st.composite
def torch_function_and_point(draw: st.DrawFn) -> tuple:
    f, x = draw(function_and_point())
    key = next(k for k, g in FUNCTIONS.items() if g is f)
    return (TORCH[key], x)


@st.composite
def torch_checks(draw: st.DrawFn) -> tuple:
    f, grad, x = draw(any_check())
    key = next(k for k, g in FUNCTIONS.items() if g is f)
    return (TORCH[key], grad, x)


def exact_error_in_torch(f_torch, grad, x) -> float:
    return relative(grad(x), autograd.gradient(f_torch, x))


ZEROS = [
    (FUNCTIONS["square_norm"], np.zeros(3)),
    (FUNCTIONS["cosines"], np.zeros(2)),
]

CHECKS = [
    Call(
        "numerical_gradient(f, x, h)",
        name="numerical_gradient with a given h",
        inputs=with_step(),
        expected=central_difference,
        compare=close(rtol=1e-7, atol=1e-8),
        cases=[(FUNCTIONS["steep_exp"], np.array([1.0]), 1e-3)],
        examples=12,
    ),
    Call(
        "numerical_gradient(f, x)",
        name="numerical_gradient with the default h",
        inputs=function_and_point(),
        expected=torch_gradient,
        compare=close(rtol=1e-7, atol=1e-9),
        cases=[
            (FUNCTIONS["offset_logsumexp"], np.array([0.0, 1.0])),
            (FUNCTIONS["steep_sine"], np.array([0.0, 0.5])),
            *ZEROS,
        ],
        examples=15,
    ),
    Call(
        "relative_error(a, b)",
        inputs=vector_pairs(),
        expected=relative,
        compare=close(rtol=1e-9, atol=1e-12),
        cases=[
            (np.zeros(3), np.zeros(3)),
            (np.array([1.0, 2.0]), np.array([2.0, 4.0])),
            (np.zeros(2), np.array([3.0, 4.0])),
            (np.array([3.0, 4.0]), np.zeros(2)),
        ],
        examples=25,
    ),
    Call(
        "gradcheck(f, grad, x)",
        name="gradcheck on right gradients",
        inputs=checks_of(wrong=False),
        expected=exact_error,
        compare=judged_error,
        cases=[
            (FUNCTIONS["offset_logsumexp"], RIGHT["offset_logsumexp"], np.array([0.0, 1.0])),
            (FUNCTIONS["steep_sine"], RIGHT["steep_sine"], np.array([0.0, 0.5])),
            (FUNCTIONS["steep_exp"], RIGHT["steep_exp"], np.array([1.0, -1.0])),
            (FUNCTIONS["square_norm"], RIGHT["square_norm"], np.zeros(3)),
        ],
        examples=15,
    ),
    Call(
        "gradcheck(f, grad, x)",
        name="gradcheck on wrong gradients",
        inputs=checks_of(wrong=True),
        expected=exact_error,
        compare=judged_error,
        cases=[
            (FUNCTIONS["quadratic"], WRONG["quadratic"][0], np.array([1.0, 0.0, 0.0])),
            (FUNCTIONS["least_squares"], WRONG["least_squares"][0], np.zeros(3)),
            (FUNCTIONS["quadratic"], WRONG["quadratic"][1], np.array([1.0, 2.0, 3.0])),
        ],
        examples=15,
    ),
    Call(
        "gradcheck(f, grad, x, h)",
        name="gradcheck with a given h",
        inputs=checks_with_step(),
        expected=error_at_step,
        compare=judged_error,
        cases=[(FUNCTIONS["steep_sine"], RIGHT["steep_sine"], np.array([0.3, 1.0]), 1e-2)],
        examples=8,
    ),
    Call(
        "autograd_gradient(f, x)",
        inputs=torch_function_and_point(),
        expected=autograd.gradient,
        compare=close(rtol=1e-10, atol=1e-12),
        cases=[(TORCH["square_norm"], np.zeros(3)), (TORCH["steep_exp"], np.array([1.0]))],
        examples=8,
    ),
    Call(
        "autograd_check(f, grad, x)",
        inputs=torch_checks(),
        expected=exact_error_in_torch,
        compare=judged_error,
        cases=[
            (TORCH["quadratic"], WRONG["quadratic"][0], np.array([1.0, 0.0, 0.0])),
            (TORCH["least_squares"], WRONG["least_squares"][0], np.zeros(3)),
            (TORCH["offset_logsumexp"], RIGHT["offset_logsumexp"], np.array([0.0, 1.0])),
        ],
        examples=10,
    ),
]
