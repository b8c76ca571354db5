"""Checks for mlp-backprop: the four parameter gradients of a 2-layer MLP on one sample, against
PyTorch autograd in float64."""

import numpy as np
import torch
from hypothesis import strategies as st

from mathlings.checker import Call, autograd, close, fields
from mathlings.checker import strategies as gen

TOLERANCE = {"rtol": 1e-8, "atol": 1e-10}
BOUND = 2.0  # |entries|, |z₁ᵢ| ≤ 2, at most 3 units on: |z₂| ≤ 14, so p stays off 0 and 1
MIN_MARGIN = 0.01  # no pre-activation comes closer than this to relu's kink at 0


def with_preactivations(x, W1, z1):
    """b₁ chosen so that W₁x + b₁ = z₁: the pre-activations are set, not hoped for."""
    return z1 - W1 @ x


@st.composite
def mlp_sample(draw: st.DrawFn) -> tuple:
    """(x, y, W1, b1, w2, b2) with m ≠ d, at least one hidden unit on and one off, and every
    pre-activation at least MIN_MARGIN away from 0 (built through b₁, not filtered)."""
    m = draw(st.integers(2, 4))
    d = draw(st.sampled_from([k for k in range(1, 5) if k != m]))
    x = draw(gen.readable_arrays((d,), BOUND))
    W1 = draw(gen.readable_arrays((m, d), BOUND))
    w2 = draw(gen.readable_arrays((m,), BOUND))
    b2 = draw(gen.readable_elements(BOUND))
    y = draw(st.sampled_from([0, 1]))
    on = np.array(draw(st.lists(st.booleans(), min_size=m, max_size=m)))
    if on.all() or not on.any():  # make it a mix by switching unit 0: never all on or all off
        on[0] = not on[0]
    margin = st.one_of(st.integers(1, int(BOUND)).map(float), st.floats(MIN_MARGIN, BOUND))
    margins = np.array(draw(st.lists(margin, min_size=m, max_size=m)))
    z1 = np.where(on, margins, -margins)
    return x, y, W1, with_preactivations(x, W1, z1), w2, b2


def expected_gradients(x, y, W1, b1, w2, b2):
    """torch autograd of L = BCE(σ(w₂·relu(W₁x + b₁) + b₂), y) in float64."""
    x_t, y_t = autograd.tensors(x, y)

    def loss(W1, b1, w2, b2):
        z2 = w2 @ torch.relu(W1 @ x_t + b1) + b2
        # −[y log σ(z₂) + (1 − y) log(1 − σ(z₂))], computed without rounding p to 0 or 1
        return torch.nn.functional.binary_cross_entropy_with_logits(z2, y_t)

    dW1, db1, dw2, db2 = autograd.gradients(loss, W1, b1, w2, b2)
    return {"W1": dW1, "b1": db1, "w2": dw2, "b2": db2}


def fixed_case(y, z1, x, W1, w2, b2):
    x, W1, w2, z1 = (np.array(v, dtype=float) for v in (x, W1, w2, z1))
    return x, y, W1, with_preactivations(x, W1, z1), w2, b2


CASES = [
    # every hidden unit off: only b₂ gets a gradient
    fixed_case(
        1,
        [-1.0, -2.0, -0.5],
        [1.0, 2.0],
        [[1.0, 0.0], [0.0, 1.0], [1.0, -1.0]],
        [1.0, -1.0, 2.0],
        0.5,
    ),
    # every hidden unit on: relu is the identity here
    fixed_case(
        0, [1.0, 2.0], [1.0, -1.0, 2.0], [[1.0, 0.0, 1.0], [0.0, 1.0, -1.0]], [0.5, -1.0], 0.0
    ),
    # one input, three units: on, off, on
    fixed_case(1, [1.0, -1.0, 2.0], [2.0], [[1.0], [-1.0], [0.5]], [1.0, 1.0, -1.0], -0.5),
]

CHECKS = [
    Call(
        "backprop(x, y, W1, b1, w2, b2)",
        inputs=mlp_sample(),
        expected=expected_gradients,
        compare=fields(
            W1=close(**TOLERANCE),
            b1=close(**TOLERANCE),
            w2=close(**TOLERANCE),
            b2=close(**TOLERANCE),
        ),
        cases=CASES,
        examples=40,
    ),
]
