"""Checks for loss-convexity: the Hessians of the squared and logistic losses against PyTorch
autograd in float64 (torch.autograd.functional.hessian), chord_gap against the chord computed
here, the network's logistic loss against torch, and the non-convexity witness by evaluating the
network's loss here, at both networks and at the point between them."""

import numpy as np
import torch
from hypothesis import strategies as st

from mathlings.checker import Behaviour, Call, Mismatch, autograd, close, named, parts, shown
from mathlings.checker import strategies as gen

TOLERANCE = {"rtol": 1e-8, "atol": 1e-10}
WITNESS_MARGIN = 1e-6  # the midpoint's loss must exceed the chord by this: far above rounding


def expected_squared_hessian(X):
    X_t, y_t = autograd.tensors(X, np.zeros(X.shape[0]))  # the Hessian does not depend on y
    return autograd.hessian(lambda w: ((X_t @ w - y_t) ** 2).mean(), np.zeros(X.shape[1]))


def expected_logistic_hessian(X, y, w):
    X_t, y_t = autograd.tensors(X, y)

    def loss(w):
        m = y_t * (X_t @ w)
        return torch.logaddexp(torch.zeros_like(m), -m).mean()

    return autograd.hessian(loss, w)


def torch_network_loss(X, y, W, v):
    def loss(X, y, W, v):
        m = y * (torch.tanh(X @ W.T) @ v)
        return torch.logaddexp(torch.zeros_like(m), -m).mean()

    return autograd.value(loss, X, y, W, v)


@st.composite
def data(draw):
    n, d = draw(gen.distinct_sizes(2, 1, 6))
    return (draw(gen.readable_arrays((n, d), 3.0)),)


def signs(n):
    return st.lists(st.sampled_from([-1.0, 1.0]), min_size=n, max_size=n).map(np.array)


@st.composite
def classification(draw):
    n, d = draw(gen.distinct_sizes(2, 1, 6))
    X = draw(gen.readable_arrays((n, d), 3.0))
    return X, draw(signs(n)), draw(gen.readable_arrays((d,), 2.0))


def array(*rows):
    return np.array(rows, dtype=float)


HESSIAN_CASES = [
    (array([1.0, 2.0], [-1.0, 0.5], [0.0, 1.0]), np.array([1.0, -1.0, 1.0]), np.array([0.5, -1.0])),
    (array([2.0]), np.array([-1.0]), np.array([0.0])),  # w = 0: σ(1 − σ) = 1/4 at every sample
    # the same X and w with every label flipped: the Hessian does not change
    (
        array([1.0, 2.0], [-1.0, 0.5], [0.0, 1.0]),
        np.array([-1.0, 1.0, -1.0]),
        np.array([0.5, -1.0]),
    ),
]


# --- chord_gap ------------------------------------------------------------------------------


HINGE_X = array([1.0, 2.0], [-1.0, 0.5], [2.0, -1.0], [0.0, 1.0])
HINGE_Y = np.array([1.0, -1.0, 1.0, -1.0])
LOSSES = [
    named(
        lambda w: float(np.mean(np.maximum(0.0, 1 - HINGE_Y * (HINGE_X @ w)))),
        "L(w) = hinge loss on 4 fixed samples",
    ),
    named(lambda w: float(np.sum(np.asarray(w) ** 2)), "L(w) = ‖w‖²"),
    named(lambda w: float(np.sum(np.cos(np.asarray(w)))), "L(w) = Σ cos wⱼ"),
]


def reference_gap(loss, w1, w2, t):
    return t * loss(w1) + (1 - t) * loss(w2) - loss(t * w1 + (1 - t) * w2)


@st.composite
def chords(draw):
    loss = draw(st.sampled_from(LOSSES))
    w1 = draw(gen.readable_arrays((2,), 3.0))
    w2 = draw(gen.readable_arrays((2,), 3.0))
    t = draw(st.one_of(st.sampled_from([0.25, 0.5]), st.floats(0.0, 1.0)))
    return loss, w1, w2, t


CHORD_CASES = [
    (LOSSES[0], np.array([1.0, 0.0]), np.array([-1.0, 1.0]), 0.25),
    (LOSSES[2], np.array([0.0, 0.0]), np.array([3.0, -3.0]), 0.5),  # cos: the chord dips below
    (LOSSES[1], np.array([2.0, 1.0]), np.array([0.0, -1.0]), 0.5),
]


# --- the network ----------------------------------------------------------------------------


@st.composite
def networks(draw):
    n, d, m = draw(gen.distinct_sizes(3, 1, 5))
    X = draw(gen.readable_arrays((n, d), 3.0))
    return (
        X,
        draw(signs(n)),
        draw(gen.readable_arrays((m, d), 2.0)),
        draw(gen.readable_arrays((m,), 3.0)),
    )


NETWORK_CASES = [
    (
        array([1.0, 2.0], [-1.0, 0.5], [0.0, 1.0]),
        np.array([1.0, -1.0, 1.0]),
        array([1.0, 0.0], [0.5, -1.0]),
        np.array([2.0, -1.0]),
    ),
    # all-zero weights: s = 0 at every sample, L = log 2
    (array([1.0], [2.0]), np.array([1.0, -1.0]), np.zeros((3, 1)), np.zeros(3)),
    # large outputs, s ≈ ±1000: e^1000 overflows, so it must not be formed
    (array([1.0], [-1.0]), np.array([-1.0, -1.0]), array([5.0]), np.array([1000.0])),
]


def witness_data():
    """Three data sets, labels y = sign(Xu) for a random direction u (linearly separable)."""
    sets = []
    for seed, (n, d) in enumerate([(20, 2), (15, 3), (30, 4)]):
        rng = np.random.default_rng(seed)
        X = rng.standard_normal((n, d))
        y = np.sign(X @ rng.standard_normal(d))
        sets.append((np.round(X, 3), y))
    return sets


WITNESS_DATA = witness_data()
WITNESS = "nonconvex_witness(X, y)"
SAME_NETWORK = (
    "a and b are the same network, so the chord is one point, on the graph: a witness needs two "
    "different networks."
)


def check_loss(X, y, W, v):
    """L(W, v) = mean log(1 + e^(−y v·tanh(Wx))), evaluated here."""
    s = np.tanh(X @ W.T) @ v
    return float(np.mean(np.logaddexp(0.0, -y * s)))


def unpack(got, d):
    """(W_a, v_a, W_b, v_b, t) as arrays of matching shapes, or a phrase saying why not."""
    if not isinstance(got, (tuple, list)) or len(got) != 5:
        return f"returned {type(got).__name__}; expected a tuple (W_a, v_a, W_b, v_b, t)"
    found = parts(got, ("W_a", "v_a", "W_b", "v_b", "t"), finite=True)
    if isinstance(found, str):
        return found
    W_a, v_a, W_b, v_b, t = found
    if W_a.ndim != 2 or W_a.shape[1] != d:
        return f"returned W_a of shape {W_a.shape}; expected (m, {d}) for some m ≥ 1"
    m = W_a.shape[0]
    if W_b.shape != (m, d) or v_a.shape != (m,) or v_b.shape != (m,):
        return (
            f"returned shapes W_a {W_a.shape}, v_a {v_a.shape}, W_b {W_b.shape}, v_b {v_b.shape}; "
            f"expected ({m}, {d}), ({m},), ({m}, {d}), ({m},): both networks have the same m units"
        )
    if t.shape != ():
        return f"returned t of shape {t.shape}; expected a number"
    return W_a, v_a, W_b, v_b, float(t)


def permuted_rows_only(W_a, v_a, W_b, v_b):
    """W_b is W_a with its rows permuted but v_b is not v_a permuted the same way."""
    for perm in _permutations(len(v_a)):
        if np.allclose(W_b, W_a[perm]) and not np.allclose(v_b, v_a[perm]):
            return True
    return False


def _permutations(m):
    import itertools

    return [list(p) for p in itertools.permutations(range(m))] if m <= 5 else []


def witness(learner):
    for X, y in WITNESS_DATA:
        got = learner.call(WITNESS, X, y)
        inputs = {"X": X, "y": y}
        found = unpack(got, X.shape[1])
        if isinstance(found, str):
            return Mismatch(f"{WITNESS} {found}", call=WITNESS, inputs=inputs)
        W_a, v_a, W_b, v_b, t = found
        if not 0 < t < 1:
            return Mismatch(
                f"t = {t:g}: the point between the two networks needs 0 < t < 1; at t = 0 or 1 "
                "it is one of the networks, and the chord touches the graph there",
                call=WITNESS,
                inputs=inputs,
                mistake="endpoint-t",
            )
        L_a, L_b = check_loss(X, y, W_a, v_a), check_loss(X, y, W_b, v_b)
        L_mid = check_loss(X, y, t * W_a + (1 - t) * W_b, t * v_a + (1 - t) * v_b)
        chord = t * L_a + (1 - t) * L_b
        if L_mid > chord + WITNESS_MARGIN:
            continue
        detail = (
            f"Evaluated here with t = {t:g}, W_a = {shown(W_a)}, v_a = {shown(v_a)}, "
            f"W_b = {shown(W_b)}, v_b = {shown(v_b)}."
        )
        mistake = None
        if np.allclose(W_a, W_b) and np.allclose(v_a, v_b):
            detail = f"{SAME_NETWORK} {detail}"
        elif np.allclose(W_a, W_b):
            mistake = "output-weights-only"
        elif permuted_rows_only(W_a, v_a, W_b, v_b):
            mistake = "rows-permuted-not-v"
        return Mismatch(
            f"the chord does not lie below the loss: L(a) = {L_a:.6g}, L(b) = {L_b:.6g}, "
            f"t L(a) + (1 − t) L(b) = {chord:.6g}, but L(t a + (1 − t) b) = {L_mid:.6g}, not "
            f"above it by more than {WITNESS_MARGIN:g}",
            detail=detail,
            call=WITNESS,
            inputs=inputs,
            mistake=mistake,
        )
    return None


CHECKS = [
    Call(
        "squared_hessian(X)",
        inputs=data(),
        expected=expected_squared_hessian,
        compare=close(**TOLERANCE),
        cases=[(HESSIAN_CASES[0][0],), (array([2.0]),)],
        examples=20,
    ),
    Call(
        "logistic_hessian(X, y, w)",
        inputs=classification(),
        expected=expected_logistic_hessian,
        compare=close(**TOLERANCE),
        cases=HESSIAN_CASES,
        examples=25,
    ),
    Call(
        "chord_gap(loss, w1, w2, t)",
        inputs=chords(),
        expected=reference_gap,
        compare=close(rtol=1e-9, atol=1e-12),
        cases=CHORD_CASES,
        examples=30,
    ),
    Call(
        "network_loss(X, y, W, v)",
        inputs=networks(),
        expected=torch_network_loss,
        compare=close(**TOLERANCE),
        cases=NETWORK_CASES,
        examples=25,
    ),
    Behaviour("nonconvex_witness", witness, needs=(WITNESS,), examples=len(WITNESS_DATA)),
]
