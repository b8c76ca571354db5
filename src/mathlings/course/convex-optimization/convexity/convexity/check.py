"""Checks for convexity: is_psd against the smallest eigenvalue (numpy.linalg.eigvalsh), then
hessian_test on stacks of Hessians, then chord_test on a labelled set of convex functions (it must
find nothing) and of non-convex ones (it must return a triple that the check itself confirms
breaks the chord inequality)."""

import math

import numpy as np
from hypothesis import strategies as st

from mathlings.checker import Behaviour, Call, Mismatch, exact, shown
from mathlings.checker import strategies as gen

HESSIAN_TOL = 1e-9  # hessian_test's tolerance, as the task fixes it
CHORD_TOL = 1e-9  # a chord is broken when f(z) exceeds it by more than this
N_PAIRS = 200  # every non-convex function below breaks ≥ 17% of uniform triples: 0.83²⁰⁰ < 1e-16
SEEDS = (0, 1)


# --- is_psd -------------------------------------------------------------------------------------


def smallest_eigenvalue_at_least(H, tol):
    return bool(np.linalg.eigvalsh(H).min() >= -tol)


def rotated(eigenvalues, seed=0):
    return gen.symmetric_with_eigenvalues(list(eigenvalues), seed)


@st.composite
def symmetric_and_tol(draw):
    """(H, tol): H = Q diag(λ) Qᵀ whose smallest eigenvalue is clearly ≥ 0, inside the tolerance
    (−tol/2 or +tol/2), or clearly below −tol; never within a rounding error of −tol."""
    n = draw(st.integers(1, 4))
    tol = draw(st.sampled_from([1e-8, 1e-6, 1e-3]))
    rest = draw(st.lists(st.integers(0, 9).map(float), min_size=n - 1, max_size=n - 1))
    smallest = draw(
        st.sampled_from(
            [0.0, 1.0, -tol / 2, tol / 2, -2 * tol, -0.5, -3.0],
        )
    )
    Q = draw(gen.orthogonal_matrices(n))
    H = Q @ np.diag([smallest, *rest]) @ Q.T
    return (H + H.T) / 2 + 0.0, tol


U = np.ones(3) / np.sqrt(3)
PSD_CASES = [
    (np.array([[1.0, 2.0], [2.0, 1.0]]), 1e-9),  # positive diagonal, eigenvalues 3 and −1
    (5 * np.outer(U, U) - np.eye(3), 1e-9),  # diagonal 2/3 > 0, det = 4 > 0, eigenvalues −1, −1, 4
    (np.array([[0.0, 0.0], [0.0, -1.0]]), 1e-9),  # leading minors 0 and 0, eigenvalue −1
    (np.array([[1.0, 1.0], [1.0, 1.0]]), 1e-9),  # singular PSD: eigenvalues 0 and 2
    (np.diag([2.0, 3e-9]), 1e-8),  # positive definite, λ_min below tol
    (rotated([2.0, -5e-9], seed=3), 1e-8),  # λ_min = −5e-9: PSD within tol = 1e-8
    (rotated([4.0, 1.0, -2e-6], seed=4), 1e-6),  # λ_min = −2e-6: not PSD within 1e-6
    (np.eye(3), 1e-9),
    (np.array([[-1e-12]]), 1e-9),
]


# --- hessian_test -------------------------------------------------------------------------------


def non_psd_indices(H_at_points):
    """The indices k whose Hessian is not PSD within 1e-9: any one of them is a right answer."""
    return frozenset(
        k for k, H in enumerate(H_at_points) if not smallest_eigenvalue_at_least(H, HESSIAN_TOL)
    )


def one_of_the_indices(expected, got, args=()):
    """None is right when every Hessian is PSD; else any index of a non-PSD one. (When a mistake
    is being named, `expected` is that mistake's own answer: compared exactly.)"""
    if not isinstance(expected, frozenset):
        return exact()(expected, got, args)
    if isinstance(got, np.integer):
        got = int(got)
    if not expected:
        if got is None:
            return None
        return Mismatch(
            "returned an index, but every Hessian is PSD within 1e-9: the answer is None",
            expected=None,
            got=got,
        )
    wanted = sorted(expected)
    if got is None:
        return Mismatch(
            f"returned None, but the Hessians at {wanted} are not PSD within 1e-9",
            expected=f"one of {wanted}",
            got=None,
        )
    if type(got) is not int:
        return Mismatch(
            f"returned {got!r}; expected an int index (one of {wanted}) or None",
            expected=f"one of {wanted}",
            got=repr(got),
        )
    if got in expected:
        return None
    return Mismatch(
        f"returned {got}, but the Hessian at {got} is PSD; the ones that are not: {wanted}",
        expected=f"one of {wanted}",
        got=got,
    )


@st.composite
def hessian_stacks(draw):
    """(H_at_points,): k Hessians of one size d, each PSD or not, as a (k, d, d) array."""
    k = draw(st.integers(1, 6))
    d = draw(st.integers(1, 3))
    stack = []
    for _ in range(k):
        smallest = draw(st.sampled_from([0.0, 0.5, 2.0, -1.0, -1e-3]))
        rest = draw(st.lists(st.integers(0, 5).map(float), min_size=d - 1, max_size=d - 1))
        Q = draw(gen.orthogonal_matrices(d))
        H = Q @ np.diag([smallest, *rest]) @ Q.T
        stack.append((H + H.T) / 2 + 0.0)
    return (np.array(stack),)


def sin_hessians():
    """f(x) = sin x on [0, 2π] at 9 points: f″ = −sin x < 0 on (0, π)."""
    xs = np.linspace(0, 2 * np.pi, 9)
    return np.array([[[-np.sin(x)]] for x in xs])


def logsumexp_hessians():
    """f(x, y) = log(eˣ + eʸ): ∇² = diag(p) − ppᵀ, PSD and singular (λ_min = 0) at every point."""
    stack = []
    for x, y in [(0.0, 0.0), (1.0, -2.0), (3.0, 2.5), (-1.0, 4.0)]:
        p = np.exp([x, y]) / np.exp([x, y]).sum()
        stack.append(np.diag(p) - np.outer(p, p))
    return np.array(stack)


def saddle_then_bowl():
    """f(x, y) = x⁴ + y² − 2x²: ∇² = diag(12x² − 4, 2), not PSD for |x| < 1/√3."""
    return np.array([np.diag([12 * x**2 - 4, 2.0]) for x in (2.0, 1.0, 0.3, -1.5)])


HESSIAN_CASES = [
    (sin_hessians(),),
    (logsumexp_hessians(),),
    (saddle_then_bowl(),),
    (np.array([np.eye(2), np.eye(2), [[1.0, 2.0], [2.0, 1.0]]]),),  # only the last one fails
    (np.array([[[2.0]]]),),
    (np.array([np.diag([1.0, 5e-10]), np.diag([2.0, 3.0])]),),  # positive definite, λ_min < 1e-9
]


# --- chord_test -----------------------------------------------------------------------------


def on_interval(fn, formula):
    """f of one float, refusing a batch: the task says f is called once per point."""

    def f(x):
        if np.ndim(x) != 0:
            raise TypeError(f"{formula} takes one point x, a float: call it once per point")
        return float(fn(float(x)))

    f.__name__ = f.__qualname__ = formula
    return f


def on_box(fn, formula, d):
    """f of one point of the box, an array of shape (d,), refusing a batch."""

    def f(x):
        x = np.asarray(x, dtype=float)
        if x.shape != (d,):
            raise TypeError(
                f"{formula} takes one point x of shape ({d},), got shape {x.shape}: "
                "call it once per point"
            )
        return float(fn(x))

    f.__name__ = f.__qualname__ = formula
    return f


def box(*pairs):
    low, high = zip(*pairs, strict=True)
    return np.array(low, dtype=float), np.array(high, dtype=float)


CONSTANT = on_interval(lambda x: 1 / 3, "f(x) = 1/3")
AFFINE = on_interval(lambda x: 2 * x + 1, "f(x) = 2x + 1")

CONVEX = [
    (CONSTANT, -1.0, 1.0),
    (AFFINE, -5.0, 5.0),
    (on_interval(lambda x: x * x, "f(x) = x²"), -3.0, 3.0),
    (on_interval(lambda x: abs(x - 0.5), "f(x) = |x − 0.5|"), -2.0, 2.0),
    (on_interval(math.exp, "f(x) = eˣ"), -3.0, 3.0),
    (on_interval(lambda x: max(0.0, abs(x) - 1), "f(x) = max(0, |x| − 1)"), -3.0, 3.0),
    (on_interval(lambda x: -math.log(x), "f(x) = −log x"), 0.1, 5.0),
    (
        on_box(lambda v: v[0] ** 2 + 3 * v[1] ** 2 + v[0] * v[1], "f(x, y) = x² + 3y² + xy", 2),
        *box((-2, 2), (-1, 3)),
    ),
    (
        on_box(lambda v: np.logaddexp(v[0], v[1]), "f(x, y) = log(eˣ + eʸ)", 2),
        *box((-3, 3), (-3, 3)),
    ),
    (on_box(lambda v: abs(v[0]) + abs(v[1]), "f(x, y) = |x| + |y|", 2), *box((-1, 2), (-2, 1))),
    (on_box(lambda v: np.sqrt(v @ v), "f(x) = ‖x‖ in 3-D", 3), *box((-1, 1), (-1, 1), (-1, 1))),
]

NOT_CONVEX = [
    (on_interval(math.sin, "f(x) = sin x"), 0.0, 2 * math.pi),
    (on_interval(lambda x: -x * x, "f(x) = −x²"), -1.0, 1.0),
    (on_interval(lambda x: x**3, "f(x) = x³"), -2.0, 2.0),
    (on_interval(lambda x: x**4 - 3 * x**2, "f(x) = x⁴ − 3x²"), -2.0, 2.0),
    (on_interval(lambda x: math.sqrt(abs(x)), "f(x) = √|x|"), -1.0, 1.0),
    (on_box(lambda v: v[0] * v[1], "f(x, y) = xy", 2), *box((-1, 1), (-1, 1))),
    (on_box(lambda v: v[0] ** 2 - v[1] ** 2, "f(x, y) = x² − y²", 2), *box((-2, 1), (-1, 2))),
    (on_box(lambda v: min(v[0], v[1]), "f(x, y) = min(x, y)", 2), *box((-1, 1), (-1, 1))),
    (
        on_box(lambda v: -math.exp(-(v @ v)), "f(x) = −exp(−‖x‖²) in 3-D", 3),
        *box((-2, 2), (-2, 2), (-2, 2)),
    ),
]

CALL = "chord_test(f, low, high, n_pairs, seed)"


def call_of(f, low, high, seed):
    return {"f": f, "low": low, "high": high, "n_pairs": N_PAIRS, "seed": seed}


def triple(got, low, high):
    """The learner's (x, y, t) as (x, y, t) of the check's shapes, or a phrase saying why not."""
    if not isinstance(got, (tuple, list)) or len(got) != 3:
        return f"returned {type(got).__name__}; expected None or a tuple (x, y, t)"
    shape = np.shape(low)
    try:
        x, y = (np.asarray(p, dtype=float).reshape(shape) for p in got[:2])
        t = float(got[2])
    except (TypeError, ValueError):
        return f"returned {got!r}: x and y must be points of the domain, t a number"
    for name, p in (("x", x), ("y", y)):
        if not (np.all(p >= np.asarray(low) - 1e-12) and np.all(p <= np.asarray(high) + 1e-12)):
            return f"returned {name} = {shown(p)}, outside the domain [{shown(low)}, {shown(high)}]"
    if not 0.0 <= t <= 1.0:
        return f"returned t = {t:g}, outside [0, 1]"
    return x if shape else float(x), y if shape else float(y), t


def gaps(f, x, y, t):
    """f(z) − chord for the task's chord, the chord with t and 1 − t swapped, and the midpoint
    compared with the chord at t."""
    fx, fy = f(x), f(y)
    right = f(t * x + (1 - t) * y) - (t * fx + (1 - t) * fy)
    swapped = f(t * x + (1 - t) * y) - ((1 - t) * fx + t * fy)
    midpoint = f((x + y) / 2) - (t * fx + (1 - t) * fy)
    return right, swapped, midpoint


def diagnosis(f, x, y, t):
    """Which mistake a triple flagged on f = 1/3 or f = 2x + 1 shows: there f(z) equals the chord
    up to rounding, so it is flagged by a missing tolerance (the only way to flag f = 1/3), swapped
    weights or the midpoint."""
    right, swapped, midpoint = gaps(f, x, y, t)
    if right > CHORD_TOL:
        return None
    if f is CONSTANT:
        return "no-tolerance"
    if swapped > CHORD_TOL:
        return "weights-swapped"
    if midpoint > CHORD_TOL and t != 0.5:
        return "midpoint-with-t"
    return "no-tolerance"


def convex_functions(learner):
    """Every convex function: no chord below the graph, so the answer is None."""
    flagged = []
    for f, low, high in CONVEX:
        for seed in SEEDS:
            got = learner.call(CALL, f, low, high, N_PAIRS, seed)
            if got is not None:
                flagged.append((f, low, high, seed, got))
                break
    if not flagged:
        return None
    on_line = [fl for fl in flagged if fl[0] in (CONSTANT, AFFINE)]
    f, low, high, seed, got = (on_line or flagged)[0]
    found = triple(got, low, high)
    if isinstance(found, str):
        return Mismatch(
            f"{f.__name__} is convex, so the answer is None; {found}",
            call=CALL,
            inputs=call_of(f, low, high, seed),
        )
    x, y, t = found
    right, _, _ = gaps(f, x, y, t)
    if on_line:  # on a constant or affine f the chord is the graph: only a wrong test flags it
        mistake = diagnosis(f, x, y, t)
    else:
        mistake = "inequality-reversed" if right < -CHORD_TOL else None
    return Mismatch(
        f"{f.__name__} is convex on [{shown(low)}, {shown(high)}], so every chord lies on or above "
        f"the graph and the answer is None; you returned x = {shown(x)}, y = {shown(y)}, "
        f"t = {t:.4g}, where f(t x + (1 − t) y) − [t f(x) + (1 − t) f(y)] = {right:.3g}",
        expected=None,
        got=got,
        detail="A violation needs f(t x + (1 − t) y) > t f(x) + (1 − t) f(y) + 1e-9.",
        call=CALL,
        inputs=call_of(f, low, high, seed),
        mistake=mistake,
    )


def non_convex_functions(learner):
    """Every non-convex function: a triple whose chord lies more than 1e-9 below the graph."""
    for f, low, high in NOT_CONVEX:
        for seed in SEEDS:
            got = learner.call(CALL, f, low, high, N_PAIRS, seed)
            inputs = call_of(f, low, high, seed)
            if got is None:
                return Mismatch(
                    f"{f.__name__} is not convex on [{shown(low)}, {shown(high)}], and at least "
                    f"17% of random triples (x, y, t) break the chord inequality, but you "
                    f"returned None after {N_PAIRS} pairs",
                    expected="a violating (x, y, t)",
                    got=None,
                    call=CALL,
                    inputs=inputs,
                )
            found = triple(got, low, high)
            if isinstance(found, str):
                return Mismatch(f"on {f.__name__}: {found}", call=CALL, inputs=inputs)
            x, y, t = found
            right, swapped, midpoint = gaps(f, x, y, t)
            if right > CHORD_TOL / 2:
                continue
            criteria = {  # what each catalogued wrong test flags: named only when one alone fits
                "inequality-reversed": right < -CHORD_TOL,
                "weights-swapped": swapped > CHORD_TOL,
                "midpoint-with-t": midpoint > CHORD_TOL and t != 0.5,
            }
            fits = [mistake for mistake, flagged in criteria.items() if flagged]
            return Mismatch(
                f"on {f.__name__} you returned x = {shown(x)}, y = {shown(y)}, t = {t:.4g}, but "
                f"there f(t x + (1 − t) y) − [t f(x) + (1 − t) f(y)] = {right:.3g}: the chord is "
                "not below the graph",
                expected="a violating (x, y, t)",
                got=got,
                call=CALL,
                inputs=inputs,
                mistake=fits[0] if len(fits) == 1 else None,
            )
    return None


CHECKS = [
    Call(
        "is_psd(H, tol)",
        inputs=symmetric_and_tol(),
        expected=smallest_eigenvalue_at_least,
        compare=exact(),
        cases=PSD_CASES,
        examples=60,
    ),
    Call(
        "hessian_test(H_at_points)",
        inputs=hessian_stacks(),
        expected=non_psd_indices,
        compare=one_of_the_indices,
        cases=HESSIAN_CASES,
        examples=40,
    ),
    Behaviour(
        "chord_test on convex functions",
        convex_functions,
        needs=(CALL,),
        examples=len(CONVEX) * len(SEEDS),
    ),
    Behaviour(
        "chord_test on non-convex functions",
        non_convex_functions,
        needs=(CALL,),
        examples=len(NOT_CONVEX) * len(SEEDS),
    ),
]
