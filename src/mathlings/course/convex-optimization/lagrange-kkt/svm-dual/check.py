import numpy as np
from hypothesis import strategies as st
from sklearn.svm import SVC

from mathlings.checker import Call, Mismatch, as_array, shown

ALPHA_FLOOR = 0.01  # every support vector's αᵢ is at least this (by construction)


def svc_answer(X, y):
    """The oracle: scikit-learn's SVC with a linear kernel and a huge C (a hard margin), solved to
    tol = 1e-9 (its default 1e-3 leaves w off by ~1e-3): (w, b, sorted support indices)."""
    svc = SVC(kernel="linear", C=1e6, tol=1e-9).fit(X, y)
    return svc.coef_[0].copy(), float(svc.intercept_[0]), sorted(int(i) for i in svc.support_)


def type_name(value) -> str:
    return str(getattr(value, "type_name", type(value).__name__))


def tolerances(X, w_star) -> tuple[float, float]:
    """‖w − w*‖ ≤ 1e-3‖w*‖ and |b − b*| ≤ 1e-3(1 + ‖w*‖ maxᵢ‖xᵢ‖)."""
    size = 1 + np.linalg.norm(w_star) * np.max(np.linalg.norm(X, axis=1))
    return 1e-3 * float(np.linalg.norm(w_star)), 1e-3 * float(size)


def svm_answer(expected, got, args=(), *, only_w: bool = False) -> Mismatch | None:
    """(w, b, support): w of 2 numbers (a column passes), b one number, the support vectors as
    integer indices in any order (a list or an array; a set cannot cross to the checker). With
    only_w, the rest is not compared (still read, so a malformed answer is said as such)."""
    X = args[0]
    if not isinstance(got, (tuple, list)) or len(got) != 3:
        return Mismatch(
            f"returned {type_name(got)}; expected a tuple (w, b, support)", got=repr(got)[:200]
        )
    w_star, b_star, support_star = expected
    try:
        w = as_array(got[0]).reshape(-1)
        b = as_array(got[1]).reshape(-1)
    except Exception:
        return Mismatch("returned a w or b that is not numbers", got=repr(got)[:200])
    if w.shape != (2,) or b.shape != (1,):
        return Mismatch(
            f"returned w of shape {w.shape} and b of shape {b.shape}; expected w of 2 numbers "
            "and b one number",
            got=repr(got)[:200],
        )
    raw = got[2]
    if isinstance(raw, (set, frozenset)):
        raw = sorted(raw, key=repr)  # a set of indices is allowed; its order is none
    mask = isinstance(raw, np.ndarray) and raw.dtype == bool
    if mask or (isinstance(raw, (list, tuple)) and raw and all(type(v) is bool for v in raw)):
        return Mismatch(
            "returned the support vectors as a boolean mask; the task asks for their indices "
            "(np.flatnonzero(mask) gives them)",
            got=repr(raw)[:200],
        )
    try:
        indices = as_array(raw).reshape(-1)
    except Exception:
        return Mismatch("returned support that is not a list of indices", got=repr(raw)[:200])
    if indices.size and (
        np.any(indices != np.round(indices)) or np.any(indices < 0) or np.any(indices >= len(X))
    ):
        return Mismatch(
            f"returned support = {shown(indices)}, which are not indices 0…{len(X) - 1} of the "
            "points (a boolean mask or the points themselves are not what the task asks for)",
            got=repr(raw)[:200],
        )
    tol_w, tol_b = tolerances(X, np.asarray(w_star))
    if np.linalg.norm(w - w_star) > tol_w:
        return Mismatch(
            "gave a wrong w",
            expected=np.asarray(w_star),
            got=w,
            tolerance=f"‖w − w*‖ ≤ 1e-3·‖w*‖ = {tol_w:.3g}",
        )
    if only_w:
        return None
    if abs(b[0] - b_star) > tol_b:
        return Mismatch(
            "gave a wrong b",
            expected=b_star,
            got=float(b[0]),
            tolerance=f"|b − b*| ≤ 1e-3·(1 + ‖w*‖·maxᵢ‖xᵢ‖) = {tol_b:.3g}",
        )
    got_set = {int(i) for i in indices}
    if got_set != set(support_star):
        missed = sorted(set(support_star) - got_set)
        extra = sorted(got_set - set(support_star))
        said = []
        if missed:
            said.append(f"left out {missed}, on the margin with αᵢ > 0")
        if extra:
            said.append(f"included {extra}, off the margin with αᵢ = 0")
        return Mismatch(
            "gave the wrong support vectors: " + "; ".join(said),
            expected=list(support_star),
            got=sorted(got_set),
        )
    return None


def readable(low: float, high: float) -> st.SearchStrategy[float]:
    """Whole numbers in [low, high] first (shrinks to something a reader can redo), else any."""
    whole = [float(k) for k in range(int(np.ceil(low)), int(np.floor(high)) + 1)]
    floats = st.floats(low, high, allow_nan=False, allow_subnormal=False)
    return st.sampled_from(whole) | floats if whole else floats


@st.composite
def separable(draw, near_origin: bool = False):
    """(X, y) whose hard-margin SVM is known and unique: the separating line through c₀ with
    unit normal u and half-width γ (w* = u/γ, b* = −w*ᵀc₀); two support vectors facing each
    other across it, or three (two on one margin line, the third's foot strictly between them, so
    all three αᵢ ≥ 0.15/(2γ²) > 0.01); every other point at least 1.5γ from the line on its side
    (yᵢ(w*ᵀxᵢ + b*) ≥ 1.5, so αᵢ = 0). Shuffled, and the classes' roles drawn.

    near_origin puts the origin inside the margin band, 0.1 ≤ |b*| ≤ 0.6: then a line through
    the origin separates the data too, so the dual without Σαᵢyᵢ = 0 (an SVM without b) has a
    unique w of its own, and that mistake can be named by it."""
    theta = draw(st.sampled_from([k * np.pi / 4 for k in range(8)]) | st.floats(0, 2 * np.pi))
    u = np.array([np.cos(theta), np.sin(theta)])
    t = np.array([-u[1], u[0]])
    gamma = draw(readable(0.5, 2.0))
    if near_origin:
        offset = draw(st.sampled_from((1.0, -1.0))) * draw(st.floats(0.1, 0.6))
        c0 = gamma * offset * u + draw(readable(-3, 3)) * t  # b* = −w*ᵀc₀ = −offset
    else:
        c0 = np.array([draw(readable(-3, 3)), draw(readable(-3, 3))])
    if draw(st.booleans()):
        s = draw(readable(-2, 2))
        points, labels = [c0 + gamma * u + s * t, c0 - gamma * u + s * t], [1.0, -1.0]
    else:
        s1, s2 = -draw(readable(0.5, 3)), draw(readable(0.5, 3))
        share = draw(st.floats(0.15, 0.85))
        s3 = s2 - share * (s2 - s1)
        points = [c0 + gamma * u + s1 * t, c0 + gamma * u + s2 * t, c0 - gamma * u + s3 * t]
        labels = [1.0, 1.0, -1.0]
    for _ in range(draw(st.integers(3, 15))):
        side = draw(st.sampled_from((1.0, -1.0)))
        depth = draw(readable(1.5, 4.0))
        points.append(c0 + side * depth * gamma * u + draw(readable(-4, 4)) * t)
        labels.append(side)
    flip = draw(st.sampled_from((1.0, -1.0)))
    order = draw(st.permutations(range(len(points))))
    X = np.array(points)[order]
    y = flip * np.array(labels)[order]
    return X, y


def fixed(points, labels):
    return np.array(points, dtype=float), np.array(labels, dtype=float)


CASES = [
    # the line x = 0: support vectors (±1, 0), w = (1, 0), b = 0
    fixed([[1, 0], [-1, 0], [3, 1], [-3, -1], [2, -2], [-4, 2]], [1, -1, 1, -1, 1, -1]),
    # three support vectors: (0, 1), (2, 1) above y = 0 and (1, −1) below; w = (0, 1), b = 0
    fixed([[0, 1], [2, 1], [1, -1], [1, 3], [-1, -3], [4, -2], [0, 4]], [1, 1, -1, 1, -1, -1, 1]),
    # a tilted line away from the origin: w = (1, 1)/2, b = −2, SVs (3, 3) and (1, 1)
    fixed([[3, 3], [1, 1], [5, 4], [0, -1], [-1, 1], [6, 2]], [1, -1, 1, -1, -1, 1]),
]


def svm_w(expected, got, args=()) -> Mismatch | None:
    return svm_answer(expected, got, args, only_w=True)


# Two steps: w alone first, on data a line through the origin also separates, so that a wrong
# dual (whose α, and so b and the support set, may not even be unique; without Σαᵢyᵢ = 0 it is
# unbounded when no such line exists) is named by its w; then the whole answer on any data.
CHECKS = [
    Call(
        "svm_dual(X, y)",
        name="svm_dual: w",
        inputs=separable(near_origin=True),
        expected=svc_answer,
        compare=svm_w,
        cases=CASES[:2],
        examples=20,
    ),
    Call(
        "svm_dual(X, y)",
        name="svm_dual: w, b and the support vectors",
        inputs=separable(),
        expected=svc_answer,
        compare=svm_answer,
        cases=CASES,
        examples=20,
    ),
]
