import numpy as np
from hypothesis import strategies as st

from mathlings.checker import Call, Mismatch
from mathlings.checker import strategies as gen

NAMES = ("stationarity", "primal feasibility", "dual feasibility", "complementary slackness")
TOL = 1e-6


def type_name(value) -> str:
    """The learner's type as a sentence names it (a value that did not cross keeps its name)."""
    return str(getattr(value, "type_name", type(value).__name__))


def failures(grad_f, g, grad_g, h, grad_h, mu, lam, tol):
    """The oracle: the four conditions of L = f + μᵀg + λᵀh, each with the absolute tolerance."""
    grad_L = grad_f + grad_g.T @ mu + grad_h.T @ lam
    failed = []
    if np.any(np.abs(grad_L) > tol):
        failed.append("stationarity")
    if np.any(g > tol) or np.any(np.abs(h) > tol):
        failed.append("primal feasibility")
    if np.any(mu < -tol):
        failed.append("dual feasibility")
    if np.any(np.abs(mu * g) > tol):
        failed.append("complementary slackness")
    return failed


def in_order(names) -> list[str]:
    return [name for name in NAMES if name in names]


def same_names(expected, got, args=()) -> Mismatch | None:
    """Condition names in a list, tuple or set, in any order, repeats ignored."""
    if not isinstance(got, (list, tuple, set, frozenset)):
        return Mismatch(
            f"returned {type_name(got)}; expected a list of condition names", got=repr(got)[:200]
        )
    unknown = [name for name in got if not isinstance(name, str) or name not in NAMES]
    if unknown:
        return Mismatch(
            f"returned the name {unknown[0]!r}, which is none of "
            + ", ".join(repr(name) for name in NAMES),
            got=repr(got)[:200],
        )
    if set(got) == set(expected):
        return None
    missed = in_order(set(expected) - set(got))
    extra = in_order(set(got) - set(expected))
    said = []
    if missed:
        said.append(f"missed {', '.join(missed)}, which fail{'s' if len(missed) == 1 else ''}")
    if extra:
        said.append(f"reported {', '.join(extra)}, which hold{'s' if len(extra) == 1 else ''}")
    return Mismatch(
        "gave a wrong set of failed conditions: " + "; ".join(said),
        expected=in_order(expected),
        got=in_order(set(got)),
        tolerance="each condition with the absolute tolerance tol = "
        + (f"{args[7]:g}" if len(args) == 8 else f"{TOL:g} (the default)"),
    )


def sizes() -> st.SearchStrategy[float]:
    """A clear violation or slack: whole numbers 1…5 first, else any float in [0.01, 5] (so a
    product μᵢgᵢ of two of them is at least 1e-4 = 100·tol)."""
    return st.integers(1, 5).map(float) | st.floats(1e-2, 5.0, allow_subnormal=False)


# each inequality's (sign of gᵢ, sign of μᵢ): g < 0, = 0, > 0 and μ < 0, = 0, > 0
ROLES = [(sg, smu) for sg in (-1, 0, 1) for smu in (-1, 0, 1)]


@st.composite
def candidates(draw):
    """(∇f, g, ∇g, h, ∇h, μ, λ, tol): a KKT point of L = f + μᵀg + λᵀh, then broken in drawn
    ways: each inequality's (gᵢ, μᵢ) signs drawn, maybe one hⱼ ≠ 0, maybe ∇f nudged off
    stationarity. Every tested quantity is 0 (to rounding) or at least 1e-4 = 100·tol."""
    n = draw(st.integers(1, 4))
    p = draw(st.integers(0, 4))
    q = draw(st.integers(0, 2))
    grad_g = draw(gen.readable_arrays((p, n), 3.0))
    grad_h = draw(gen.readable_arrays((q, n), 3.0))
    g = np.zeros(p)
    mu = np.zeros(p)
    for i in range(p):
        sign_g, sign_mu = draw(st.sampled_from(ROLES))
        g[i] = sign_g * draw(sizes())
        mu[i] = sign_mu * draw(sizes())
    lam = draw(gen.readable_arrays((q,), 5.0))
    h = np.zeros(q)
    if q and draw(st.booleans()):
        h[draw(st.integers(0, q - 1))] = draw(st.sampled_from((-1.0, 1.0))) * draw(sizes())
    grad_f = -(grad_g.T @ mu + grad_h.T @ lam)
    if draw(st.booleans()):
        nudge = np.array([draw(st.integers(-5, 5)) for _ in range(n)], dtype=float)
        if not nudge.any():
            nudge[0] = 1.0
        grad_f = grad_f + nudge * draw(st.sampled_from((1.0, 1e-2, 1e-3)))
    return grad_f, g, grad_g, h, grad_h, mu, lam, TOL


def point(grad_f, g=(), grad_g=None, h=(), grad_h=None, mu=(), lam=(), tol=TOL):
    """A fixed case written short: missing constraint blocks are empty."""
    grad_f = np.array(grad_f, dtype=float)
    n = grad_f.size
    g, h = np.array(g, dtype=float), np.array(h, dtype=float)
    grad_g = np.zeros((0, n)) if grad_g is None else np.array(grad_g, dtype=float)
    grad_h = np.zeros((0, n)) if grad_h is None else np.array(grad_h, dtype=float)
    return grad_f, g, grad_g, h, grad_h, np.array(mu, dtype=float), np.array(lam, dtype=float), tol


CASES = [
    # min (x − 2)² s.t. x − 1 ≤ 0 at x = 1: ∇f = −2, μ = 2, active: every condition holds
    point([-2.0], g=[0.0], grad_g=[[1.0]], mu=[2.0]),
    # the same with μ = −2: stationarity and dual feasibility fail
    point([-2.0], g=[0.0], grad_g=[[1.0]], mu=[-2.0]),
    # an inactive constraint (g = −1 < 0) with μ = 0 is fine; with μ = 1 slackness fails
    point([0.0, 0.0], g=[-1.0], grad_g=[[1.0, 1.0]], mu=[0.0]),
    point([-1.0, -1.0], g=[-1.0], grad_g=[[1.0, 1.0]], mu=[1.0]),
    # an equality constraint with h = −0.5: primal feasibility fails (|h| > tol)
    point([1.0, 2.0], h=[-0.5], grad_h=[[1.0, 2.0]], lam=[-1.0]),
    # large gradients, residual 1e-4: stationarity fails (the tolerance is absolute)
    point([-1000.0, 1e-4], g=[0.0], grad_g=[[1000.0, 0.0]], mu=[1.0]),
    # a tiny gradient 1e-7 with no constraints: stationarity holds (absolute, not relative)
    point([1e-7, 0.0]),
    # tol = 0.1: a residual of 0.01, g = 0.05 and μ·g = 0.05 are all within it
    point([-0.99], g=[0.05], grad_g=[[1.0]], mu=[1.0], tol=0.1),
    # nothing at all: no constraints, ∇f = 0
    point([0.0, 0.0, 0.0]),
]


def broken(subset: tuple[str, ...]):
    """A fixed candidate (n = 2, three inequalities, one equality) failing exactly `subset`."""
    grad_g = np.array([[1.0, 2.0], [-1.0, 1.0], [2.0, -1.0]])
    grad_h = np.array([[1.0, -1.0]])
    g = np.array([0.0, 0.0, -1.0])
    mu = np.array([1.0, -1.0 if "dual feasibility" in subset else 0.0, 0.0])
    if "complementary slackness" in subset:
        mu[2] = 2.0  # positive on an inactive constraint
    h = np.array([0.5 if "primal feasibility" in subset else 0.0])
    lam = np.array([3.0])
    grad_f = -(grad_g.T @ mu + grad_h.T @ lam)
    if "stationarity" in subset:
        grad_f += np.array([0.5, 0.0])
    return grad_f, g, grad_g, h, grad_h, mu, lam, TOL


SUBSETS = [tuple(name for k, name in enumerate(NAMES) if mask >> k & 1) for mask in range(16)]
CASES += [broken(subset) for subset in SUBSETS]

# called without tol: the default 1e-6 must be the one used (a residual of 1e-4 fails, 1e-8 holds)
DEFAULT_TOL_CASES = [
    point([-1.0, 1e-4], g=[0.0], grad_g=[[1.0, 0.0]], mu=[1.0])[:-1],
    point(
        [-1.0, 1e-8],
        g=[-1e-4],
        grad_g=[[1.0, 0.0]],
        mu=[1.0],
        h=[1e-4],
        grad_h=[[0.0, 1.0]],
        lam=[0.0],
    )[:-1],
    point([0.0], g=[1e-8], grad_g=[[0.0]], mu=[-1e-8])[:-1],
]

CHECKS = [
    Call(
        "failed_conditions(grad_f, g, grad_g, h, grad_h, mu, lam, tol)",
        inputs=candidates(),
        expected=failures,
        compare=same_names,
        cases=CASES,
    ),
    Call(
        "failed_conditions(grad_f, g, grad_g, h, grad_h, mu, lam)",
        name="failed_conditions with the default tol",
        inputs=st.sampled_from(DEFAULT_TOL_CASES),
        expected=lambda *args: failures(*args, TOL),
        compare=same_names,
        cases=DEFAULT_TOL_CASES,
        examples=3,
    ),
]
