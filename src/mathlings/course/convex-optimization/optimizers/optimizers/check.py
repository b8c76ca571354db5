"""Checks for optimizers: one step of SGD, momentum, Adam and AdamW from generated states against
torch.optim in float64 (torch's state set to the same state first), then whole 50-step runs fed
the same gradient sequences, the learner's own state threaded from step to step."""

from functools import cache

import numpy as np
import torch
from hypothesis import strategies as st

from mathlings.checker import Behaviour, Call, Mismatch, close, fields, shown, tuple_of
from mathlings.checker import strategies as gen

TOL = {"rtol": 1e-9, "atol": 1e-12}
STEPS = 50

SGD = "sgd_step(x, g, state, lr)"
MOMENTUM = "momentum_step(x, g, state, lr, mu)"
ADAM = "adam_step(x, g, state, lr, beta1, beta2, eps)"
ADAMW = "adamw_step(x, g, state, lr, beta1, beta2, eps, weight_decay)"

PLAIN = tuple_of(("x_new", "state"), close(**TOL), fields())
WITH_VELOCITY = tuple_of(("x_new", "state"), close(**TOL), fields(v=close(**TOL)))
WITH_MOMENTS = tuple_of(
    ("x_new", "state"),
    close(**TOL),
    fields(m=close(**TOL), v=close(**TOL), t=close(rtol=0, atol=0)),
)


# --- the oracle: torch.optim in float64, its state set to the learner's -----------------------


def tensor(a) -> torch.Tensor:
    return torch.tensor(np.asarray(a, dtype=np.float64), dtype=torch.float64)


def torch_step(make, x, g, torch_state):
    """One opt.step() of the optimizer `make([p])` on p = x with p.grad = g, from torch_state."""
    p = tensor(x).requires_grad_(True)
    opt = make([p])
    if torch_state:
        opt.state[p] = {
            k: (v.clone() if isinstance(v, torch.Tensor) else v) for k, v in torch_state.items()
        }
    p.grad = tensor(g)
    opt.step()
    return p.detach().numpy().copy(), opt.state[p]


def expected_sgd(x, g, state, lr):
    x_new, _ = torch_step(lambda ps: torch.optim.SGD(ps, lr=lr), x, g, None)
    return x_new, {}


def expected_momentum(x, g, state, lr, mu):
    buffer = {"momentum_buffer": tensor(state["v"])}
    x_new, after = torch_step(lambda ps: torch.optim.SGD(ps, lr=lr, momentum=mu), x, g, buffer)
    return x_new, {"v": after["momentum_buffer"].numpy().copy()}


def adam_state(state) -> dict:
    return {
        "step": torch.tensor(float(state["t"])),
        "exp_avg": tensor(state["m"]),
        "exp_avg_sq": tensor(state["v"]),
    }


def moments(after) -> dict:
    return {
        "m": after["exp_avg"].numpy().copy(),
        "v": after["exp_avg_sq"].numpy().copy(),
        "t": int(after["step"].item()),
    }


def expected_adam(x, g, state, lr, beta1, beta2, eps):
    def make(ps):
        return torch.optim.Adam(ps, lr=lr, betas=(beta1, beta2), eps=eps)

    x_new, after = torch_step(make, x, g, adam_state(state))
    return x_new, moments(after)


def expected_adamw(x, g, state, lr, beta1, beta2, eps, weight_decay):
    def make(ps):
        return torch.optim.AdamW(
            ps, lr=lr, betas=(beta1, beta2), eps=eps, weight_decay=weight_decay
        )

    x_new, after = torch_step(make, x, g, adam_state(state))
    return x_new, moments(after)


# --- generated single steps --------------------------------------------------------------------

LR = st.one_of(st.sampled_from([0.1, 0.5, 1.0, 0.01]), st.floats(1e-3, 1.0))
MU = st.one_of(st.sampled_from([0.9, 0.5, 0.99]), st.floats(0.05, 0.99))
BETA1 = st.one_of(st.sampled_from([0.9, 0.5]), st.floats(0.05, 0.99))
BETA2 = st.one_of(st.sampled_from([0.999, 0.9, 0.5]), st.floats(0.5, 0.9999))
EPS = st.one_of(st.sampled_from([0.1, 1e-3, 0.5]), st.floats(-8.0, 0.0).map(lambda k: 10.0**k))
DECAY = st.one_of(st.sampled_from([0.1, 0.01, 0.5]), st.floats(0.0, 1.0))
GRAD_SCALE = st.sampled_from([1.0, 0.01, 10.0])


@st.composite
def point_and_gradient(draw):
    d = draw(st.integers(1, 5))
    x = draw(gen.readable_arrays((d,)))
    g = draw(gen.readable_arrays((d,))) * draw(GRAD_SCALE)
    return x, g


@st.composite
def sgd_steps(draw):
    x, g = draw(point_and_gradient())
    return x, g, {}, draw(LR)


@st.composite
def momentum_steps(draw):
    x, g = draw(point_and_gradient())
    first = draw(st.booleans())
    v = np.zeros_like(x) if first else draw(gen.readable_arrays(x.shape))
    return x, g, {"v": v}, draw(LR), draw(MU)


@st.composite
def moment_state(draw, x):
    """The initial state (t = 0, m = v = 0) or a state after t ≥ 1 steps (v ≥ 0)."""
    if draw(st.booleans()):
        return {"m": np.zeros_like(x), "v": np.zeros_like(x), "t": 0}
    m = draw(gen.readable_arrays(x.shape))
    v = draw(gen.readable_arrays(x.shape)) ** 2
    return {"m": m, "v": v, "t": draw(st.integers(1, 100))}


@st.composite
def adam_steps(draw):
    x, g = draw(point_and_gradient())
    return x, g, draw(moment_state(x)), draw(LR), draw(BETA1), draw(BETA2), draw(EPS)


@st.composite
def adamw_steps(draw):
    return (*draw(adam_steps()), draw(DECAY))


X, G = np.array([1.0, -2.0, 3.0]), np.array([0.5, 0.0, -4.0])
ZERO = {"m": np.zeros(3), "v": np.zeros(3), "t": 0}
LATER = {"m": np.array([0.2, -0.1, 1.0]), "v": np.array([0.04, 0.01, 2.0]), "t": 3}

# --- whole runs --------------------------------------------------------------------------------

A = np.array([[3.0, 1.0, 0.0], [1.0, 2.0, 0.0], [0.0, 0.0, 0.1]])  # an ill-conditioned bowl


@cache
def runs(which: str) -> list[tuple]:
    """Per optimizer: (hyperparameters, x0, the gradient sequence, torch's x_1..x_50 and states).

    One run is fed seeded random gradients, the other the gradients ∇(½xᵀAx) = A x at torch's own
    iterates, recorded: the learner is fed the same numbers, so its steps are compared one by one.
    """
    spec = {
        "sgd": (expected_sgd, [(0.1,), (0.02,)]),
        "momentum": (expected_momentum, [(0.05, 0.9), (0.2, 0.5)]),
        "adam": (expected_adam, [(0.01, 0.9, 0.999, 1e-8), (0.1, 0.8, 0.99, 1e-3)]),
        "adamw": (expected_adamw, [(0.01, 0.9, 0.999, 1e-8, 0.1), (0.1, 0.8, 0.99, 1e-3, 0.5)]),
    }[which]
    oracle, hyper = spec
    rng = np.random.default_rng(11)
    out = []
    for i, hp in enumerate(hyper):
        x0 = np.array([1.5, -2.0, 1.0])
        state = initial_state(which, x0)
        x, grads, xs, states = x0, [], [], []
        for _ in range(STEPS):
            g = rng.normal(size=3) * rng.choice([1.0, 0.05]) if i == 0 else A @ x
            x, state = oracle(x, g, state, *hp)
            grads.append(g)
            xs.append(x)
            states.append(state)
        out.append((hp, x0, grads, xs, states))
    return out


def initial_state(which: str, x0: np.ndarray) -> dict:
    if which == "sgd":
        return {}
    if which == "momentum":
        return {"v": np.zeros_like(x0)}
    return {"m": np.zeros_like(x0), "v": np.zeros_like(x0), "t": 0}


for _which in ("sgd", "momentum", "adam", "adamw"):
    runs(_which)  # recorded once, when the supervisor loads the checks, before it forks

NAMES = {
    "sgd": (SGD, ("lr",), PLAIN),
    "momentum": (MOMENTUM, ("lr", "mu"), WITH_VELOCITY),
    "adam": (ADAM, ("lr", "beta1", "beta2", "eps"), WITH_MOMENTS),
    "adamw": (ADAMW, ("lr", "beta1", "beta2", "eps", "weight_decay"), WITH_MOMENTS),
}


def trajectory(which: str):
    signature, hp_names, compare = NAMES[which]

    def test(learner) -> Mismatch | None:
        for run, (hp, x0, grads, xs, states) in enumerate(runs(which), start=1):
            x, state = x0, initial_state(which, x0)
            for k, g in enumerate(grads, start=1):
                inputs = {"x": x, "g": g, "state": state, **dict(zip(hp_names, hp, strict=True))}
                got = learner.call(signature, x, g, state, *hp)
                found = compare((xs[k - 1], states[k - 1]), got, ())
                if found is not None:
                    setting = ", ".join(f"{n} = {v:g}" for n, v in zip(hp_names, hp, strict=True))
                    fed = "seeded random gradients" if run == 1 else "the gradients A·x_t"
                    part = f" (in {'.'.join(found.where)})" if found.where else ""
                    found.message = (
                        f"run {run} ({setting}, x₀ = {shown(x0)}, fed {fed}): step {k} of {STEPS} "
                        f"{found.message}{part}"
                    )
                    found.detail = (
                        f"Each step's input is your own x and state from the step before; "
                        f"torch.optim agreed with you on steps 1…{k - 1}."
                        if k > 1
                        else "This is the first step, from the initial state."
                    )
                    found.call = signature
                    found.inputs = inputs
                    return found
                x, state = got
        return None

    return Behaviour(f"{which}: {STEPS} steps", test, needs=(signature,), examples=2 * STEPS)


CHECKS = [
    Call(
        SGD,
        name="sgd_step",
        inputs=sgd_steps(),
        expected=expected_sgd,
        compare=PLAIN,
        cases=[(X, G, {}, 0.1)],
        examples=30,
    ),
    Call(
        MOMENTUM,
        name="momentum_step",
        inputs=momentum_steps(),
        expected=expected_momentum,
        compare=WITH_VELOCITY,
        cases=[
            (X, G, {"v": np.zeros(3)}, 0.1, 0.9),
            (X, G, {"v": np.array([1.0, 2.0, -1.0])}, 0.1, 0.9),
        ],
        examples=40,
    ),
    Call(
        ADAM,
        name="adam_step",
        inputs=adam_steps(),
        expected=expected_adam,
        compare=WITH_MOMENTS,
        cases=[(X, G, ZERO, 0.1, 0.9, 0.999, 1e-8), (X, G, LATER, 0.1, 0.9, 0.999, 1e-3)],
        examples=50,
    ),
    Call(
        ADAMW,
        name="adamw_step",
        inputs=adamw_steps(),
        expected=expected_adamw,
        compare=WITH_MOMENTS,
        cases=[
            (X, G, ZERO, 0.1, 0.9, 0.999, 1e-8, 0.1),
            (X, G, LATER, 0.1, 0.9, 0.999, 1e-3, 0.01),
        ],
        examples=50,
    ),
    trajectory("sgd"),
    trajectory("momentum"),
    trajectory("adam"),
    trajectory("adamw"),
]
