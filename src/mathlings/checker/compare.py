"""Comparators: is the learner's answer right, and if not, what exactly differs.

A comparator is called as `compare(expected, got, args)` and returns None when `got` is right, or a
`Mismatch` that says what is wrong. Every comparator states its tolerance. Where the math leaves
freedom (an eigenvector's sign, a basis of an eigenspace, a column vs a flat vector when the task
allows both), every correct answer passes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from mathlings.checker.wire import type_name

Comparator = Callable[[Any, Any, tuple], "Mismatch | None"]


@dataclass
class Mismatch:
    """What differs between the expected and the learner's answer."""

    message: str
    expected: Any = None
    got: Any = None
    wrong: list[list[int]] | None = None
    tolerance: str | None = None
    detail: str | None = None
    mistake: str | None = None  # a check may name a known mistake directly
    answer: Any = None  # the learner's whole answer (set by the check that called them)
    call: str | None = None  # for a Behaviour: the call that went wrong, e.g. "f(x0=0.0, lr=1.0)"
    inputs: dict[str, Any] | None = None  # and its inputs, shown as the counterexample
    where: list[str] = field(default_factory=list)  # path into a dict or tuple answer
    # Certain, not a matter of chance: a Statistical check's failure that no draw could cause
    # (not numbers, a value outside the support) is not told its false-alarm rate.
    certain: bool = False

    def inside(self, key: str) -> Mismatch:
        return replace(self, where=[key, *self.where])


class NotNumeric(ValueError):
    pass


def as_array(value: Any) -> np.ndarray:
    """The learner's answer as a float64 array; lists, tuples, scalars and tensors are all fine."""
    if hasattr(value, "detach") and hasattr(value, "numpy"):  # a torch tensor
        value = value.detach().cpu().numpy()
    try:
        array = np.asarray(value)
        if array.dtype.kind not in "biufc":
            # A string "3.0" (or a list of them) is not a number, though NumPy would parse it.
            raise TypeError(array.dtype)
        if np.iscomplexobj(array):
            # np.linalg.eig returns complex arrays for real spectra: keep them real when they are.
            return (
                array.real.astype(np.float64) if not np.any(array.imag) else array.astype(complex)
            )
        return array.astype(np.float64)
    except (TypeError, ValueError) as exc:
        raise NotNumeric(f"a {type_name(value)}, which is not an array of numbers") from exc


def describe_shape(shape: tuple[int, ...]) -> str:
    return "a number" if shape == () else f"shape {shape}"


def shape_hint(got: tuple[int, ...], expected: tuple[int, ...]) -> str | None:
    """One sentence that tells how a wrong shape could be fixed, when a simple fix exists."""
    if len(got) == 2 and got[::-1] == expected:
        return "It looks transposed: the rows and columns are swapped."
    if tuple(d for d in got if d != 1) == tuple(d for d in expected if d != 1):
        if expected and all(d == 1 for d in expected):
            return None  # a 1 x 1 answer as (1,): a reshape, or a vector where a matrix is due
        if expected == ():
            return "Return a plain number (for example float(x)), not an array."
        if len(expected) == 1:
            return "Return a flat 1-D array: .ravel() or .reshape(-1) would fix it."
        return f"Reshape it: .reshape{expected} would fix it."
    return None


def numeric_pair(
    expected: Any, got: Any, *, allow_column: bool = False, verb: str = "returned"
) -> tuple[np.ndarray, np.ndarray] | Mismatch:
    """Both answers as arrays of one shape, or the Mismatch that says why they are not: not
    numbers, or another shape (with a hint at the fix). With allow_column an n x 1 (or 1 x n)
    answer is reshaped where a flat one is expected, and the other way round."""
    e = as_array(expected)
    try:
        g = as_array(got)
    except NotNumeric as exc:
        return Mismatch(f"{verb} {exc}", expected=expected, got=repr(got))
    if g.shape != e.shape:
        squeezable = g.size == e.size and np.squeeze(g).shape == np.squeeze(e).shape
        if allow_column and squeezable:
            return e, g.reshape(e.shape)
        return Mismatch(
            f"{verb} {describe_shape(g.shape)}; expected {describe_shape(e.shape)}",
            expected=e,
            got=g,
            detail=shape_hint(g.shape, e.shape),
        )
    return e, g


def close(
    rtol: float = 1e-9,
    atol: float = 1e-12,
    *,
    allow_column: bool = False,
) -> Comparator:
    """Norm-wise closeness: ‖got − expected‖ ≤ atol + rtol·‖expected‖ (Frobenius), shape first.
    Complex answers (eigenvalues of a non-symmetric matrix) compare as complex numbers; a real
    answer equals a complex one whose imaginary part is 0.

    With allow_column, an n x 1 (or 1 x n) answer is accepted where a flat vector is expected, and
    the other way round. NaN equals NaN (a drill that expects NaN gets it that way).
    """
    tolerance = f"‖got − expected‖ ≤ {atol:g} + {rtol:g}·‖expected‖"

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        pair = numeric_pair(expected, got, allow_column=allow_column)
        if isinstance(pair, Mismatch):
            return pair
        e, g = pair
        same = (np.isnan(e) & np.isnan(g)) | (e == g)  # NaN is NaN, and ∞ is ∞ of its sign
        with np.errstate(invalid="ignore"):
            diff = np.where(same, 0.0, np.abs(g - e))
        diff = np.where(np.isnan(diff), np.inf, diff)
        bound = atol + rtol * float(np.linalg.norm(np.where(np.isfinite(e), e, 0.0)))
        if np.isfinite(diff).all() and float(np.linalg.norm(diff)) <= bound:
            return None
        per_entry = bound / np.sqrt(max(e.size, 1))
        wrong = np.argwhere(diff > per_entry).tolist()
        return Mismatch("gave a wrong answer", expected=e, got=g, wrong=wrong, tolerance=tolerance)

    return compare


def exact() -> Comparator:
    """Plain equality, for integers, booleans and strings."""

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        if isinstance(got, np.generic):
            got = got.item()
        if type(got) is bool and type(expected) is not bool:
            return Mismatch("gave a wrong answer", expected=expected, got=got)
        if got == expected:
            return None
        return Mismatch("gave a wrong answer", expected=expected, got=got, tolerance="exact")

    return compare


def columns_up_to_sign(rtol: float = 1e-7, atol: float = 1e-9) -> Comparator:
    """Columns that are right up to a sign each: eigenvectors and singular vectors.

    A flat vector is treated as one column.
    """
    inner = close(rtol, atol)

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        e = as_array(expected)
        try:
            g = as_array(got)
        except NotNumeric as exc:
            return Mismatch(f"returned {exc}", expected=expected, got=repr(got))
        if g.shape == e.shape and e.size:
            e2 = e.reshape(e.shape[0], -1)
            g2 = g.reshape(e2.shape)
            signs = np.where(np.sum(e2 * g2, axis=0) < 0, -1.0, 1.0)
            g = (g2 * signs).reshape(e.shape)
        found = inner(e, g, args)
        if found:
            found.tolerance = f"{found.tolerance}, each column up to its sign"
        return found

    return compare


def eigenbasis(
    values: Callable[[tuple], np.ndarray], gap: float = 1e-6, rtol: float = 1e-6
) -> Comparator:
    """Unit eigenvector columns compared as subspaces: sign-free, and any basis of a repeated
    eigenvalue's eigenspace passes. `values(args)` gives the eigenvalues the columns belong to.

    Columns whose eigenvalues agree within `gap` (relative to the largest) are one group; each
    group's projector V Vᵀ must match the expected one within rtol. Columns that are not
    orthogonal are said to be (np.linalg.eig's eigenvectors of a repeated eigenvalue).
    """

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        pair = numeric_pair(expected, got)
        if isinstance(pair, Mismatch):
            return pair
        e, g = pair
        norms = np.linalg.norm(g, axis=0)
        if not np.allclose(norms, 1.0, rtol=0, atol=1e-6):
            wrong = [[0, int(j)] for j in np.flatnonzero(~np.isclose(norms, 1.0, atol=1e-6))]
            return Mismatch(
                "returned columns that are not unit vectors",
                expected=e,
                got=g,
                wrong=wrong,
                tolerance="‖column‖ = 1 within 1e-6",
                detail=f"Column norms are {np.round(norms, 6).tolist()}; divide each by its norm.",
            )
        lam = np.asarray(values(args), dtype=float)
        scale = max(float(np.max(np.abs(lam))), 1e-12)
        groups: list[list[int]] = []
        for j in range(len(lam)):
            if groups and abs(lam[j] - lam[groups[-1][-1]]) <= gap * scale:
                groups[-1].append(j)
            else:
                groups.append([j])
        for group in groups:
            pe = e[:, group] @ e[:, group].T
            pg = g[:, group] @ g[:, group].T
            if np.linalg.norm(pg - pe) > rtol * max(1.0, float(np.linalg.norm(pe))):
                orthogonal = np.linalg.norm(g.T @ g - np.eye(g.shape[1])) <= 1e-6
                return Mismatch(
                    "gave eigenvectors that span the wrong directions",
                    expected=e,
                    got=g,
                    wrong=[[i, j] for j in group for i in range(e.shape[0])],
                    tolerance=f"each eigenspace's projector V Vᵀ within {rtol:g}; signs are free",
                    detail=None
                    if orthogonal
                    else "Your columns are not orthogonal (VᵀV ≠ I). np.linalg.eig does not "
                    "orthogonalize the eigenvectors of a repeated eigenvalue; np.linalg.eigh does.",
                )
        return None

    return compare


def fields(**comparators: Comparator) -> Comparator:
    """A dict answer: each key compared by its own comparator; missing and extra keys are named."""

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        if not isinstance(got, dict):
            return Mismatch(
                f"returned a {type_name(got)}; expected a dict with keys "
                f"{', '.join(repr(k) for k in comparators)}",
                got=repr(got),
            )
        missing = [k for k in comparators if k not in got]
        if missing:
            return Mismatch(
                f"returned a dict without the key{'s' if len(missing) > 1 else ''} "
                f"{', '.join(repr(k) for k in missing)}",
                got=sorted(map(str, got)),
            )
        for key, inner in comparators.items():
            found = inner(expected[key], got[key], args)
            if found:
                return found.inside(key)
        return None

    return compare


def tuple_of(names: Sequence[str], *comparators: Comparator) -> Comparator:
    """A tuple answer such as (dw, db): one comparator per position, named for the verdict."""

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        if not isinstance(got, (tuple, list)) or len(got) != len(comparators):
            return Mismatch(
                f"returned {type_name(got)}; expected a tuple ({', '.join(names)})",
                got=repr(got)[:200],
            )
        for name, inner, e, g in zip(names, comparators, expected, got, strict=True):
            found = inner(e, g, args)
            if found:
                return found.inside(name)
        return None

    return compare


def formula(*symbols: str, reveal: bool = False) -> Comparator:
    """Formula answers (a string like "2*x*(x + 1)") equal as mathematics: see formulas.py. The
    learner's string is parsed from a whitelist, never evaluated as Python."""
    from mathlings.checker.formulas import same_formula

    return same_formula(symbols, reveal=reveal)


def explained(
    inner: Comparator, explain: Callable[[np.ndarray, np.ndarray, tuple], str | None]
) -> Comparator:
    """`inner`, plus one sentence in the verdict's detail when it fails: what the answer does
    wrong in the drill's own terms ("r·b = 3.5, not 0: the residual must be perpendicular to b").

    `explain(expected, got, args)` gets both answers as float64 arrays of the same shape; it is not
    asked when the shapes differ or the answer is not numeric, and an error inside it is ignored
    (the verdict then has the plain mismatch). It never changes whether an answer passes.
    """

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        found = inner(expected, got, args)
        if found is None:
            return None
        try:
            e, g = as_array(expected), as_array(got)
        except NotNumeric:
            return found
        if e.shape != g.shape:
            if g.size != e.size or np.squeeze(g).shape != np.squeeze(e).shape:
                return found
            g = g.reshape(e.shape)
        try:
            sentence = explain(e, g, args)
        except Exception:
            sentence = None
        if sentence:
            found.detail = f"{found.detail} {sentence}" if found.detail else sentence
        return found

    return compare


def tuple_up_to_shared_signs(
    names: Sequence[str], comparators: Sequence[Comparator], sign_axes: Sequence[int | None]
) -> Comparator:
    """A tuple answer whose entries share one free sign per component: PCA's (components, ratios,
    Z) or the SVD's (U, S, Vt). Component j may be flipped, but then in every signed entry at once.

    `sign_axes[i]` is the axis of entry i that indexes the components (None: entry i has no sign,
    as the ratios or singular values). The signs are read from the first signed entry: component j
    counts as flipped when its slice has a negative inner product with the expected one. The
    expected entries are flipped to match (so "got" in a verdict is the learner's own answer), then
    each entry is compared by its comparator, as in `tuple_of`.
    """
    signed = [i for i, axis in enumerate(sign_axes) if axis is not None]
    plain = tuple_of(names, *comparators)

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        if not isinstance(got, (tuple, list)) or len(got) != len(comparators) or not signed:
            return plain(expected, got, args)
        first, axis = signed[0], sign_axes[signed[0]]
        try:
            e, g = as_array(expected[first]), as_array(got[first])
        except NotNumeric:
            return plain(expected, got, args)
        flipped = list(expected)
        if g.shape == e.shape and e.ndim > axis:  # type: ignore[operator]
            inner = np.moveaxis(e * g, axis, 0).reshape(e.shape[axis], -1).sum(axis=1)  # type: ignore[arg-type]
            signs = np.where(inner < 0, -1.0, 1.0)
            for i in signed:
                ei, ax = as_array(expected[i]), sign_axes[i]
                if ei.ndim > ax and ei.shape[ax] == signs.size:  # type: ignore[operator,index]
                    shape = [1] * ei.ndim
                    shape[ax] = -1  # type: ignore[index]
                    flipped[i] = ei * signs.reshape(shape)
        found = plain(tuple(flipped), got, args)
        if found and found.tolerance:
            shared = ", ".join(names[i] for i in signed)
            found.tolerance += f"; each component's sign is free (the same flip in {shared})"
            i = names.index(found.where[0]) if found.where and found.where[0] in names else first
            if i != first and sign_axes[i] is not None:
                found.detail = out_of_step(found, names[i], names[first], sign_axes[i])
        return found

    return compare


def out_of_step(found: Mismatch, name: str, first: str, axis: int) -> str | None:
    """A sentence when `name` is right except that some components (slices along `axis`) have
    the opposite sign from the same components in `first`."""
    try:
        e, g = np.asarray(found.expected, dtype=float), np.asarray(found.got, dtype=float)
    except (TypeError, ValueError):
        return found.detail
    if e.shape != g.shape or e.ndim <= axis:
        return found.detail
    e, g = np.moveaxis(e, axis, 0), np.moveaxis(g, axis, 0)
    flipped = [j for j in range(len(e)) if np.allclose(g[j], -e[j], atol=1e-8)]
    rest = [j for j in range(len(e)) if j not in flipped]
    if not flipped or not np.allclose(g[rest], e[rest], atol=1e-8):
        return found.detail
    slices = {0: "Row(s)", 1: "Column(s)"}.get(axis, f"Slice(s) along axis {axis}")
    counted = ", ".join(str(j + 1) for j in flipped)  # from 1, as the task texts count
    return (
        f"{slices} {counted} (index {flipped} in code) of {name} have the opposite sign from "
        f"their component in {first}: "
        f"a component's sign is free, but {name} must follow the {first} you return."
    )


def entrywise(
    atol: float = 0.01, *, allow_column: bool = True, up_to_sign: bool = False
) -> Comparator:
    """Every entry within atol: |got − expected| ≤ atol in each entry, shape first.

    Meant for numbers worked out on paper and typed in: with atol 0.01, two decimals pass, rounded
    or cut off. With allow_column an n x 1 (or 1 x n) answer passes where a flat one is expected
    and the other way round; with up_to_sign the whole answer may be negated (a unit eigenvector
    written with the other sign), and the verdict shows the expected answer with the learner's sign.
    """
    either = ", either sign" if up_to_sign else ""
    tolerance = f"|got − expected| ≤ {atol:g} in every entry{either}"

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        e = as_array(expected)
        try:
            g = as_array(got)
        except NotNumeric as exc:
            return Mismatch(f"is {exc}", expected=expected, got=repr(got))
        if g.shape != e.shape:
            squeezable = g.size == e.size and np.squeeze(g).shape == np.squeeze(e).shape
            if not (allow_column and squeezable):
                return Mismatch(
                    f"has {describe_shape(g.shape)}; expected {describe_shape(e.shape)}",
                    expected=e,
                    got=g,
                    detail=shape_hint(g.shape, e.shape),
                )
            g = g.reshape(e.shape)
        if up_to_sign and float(np.nansum(e * g)) < 0:
            e = -e
        diff = np.abs(g - e)
        diff = np.where(np.isnan(diff), np.inf, diff)
        if np.all(diff <= atol + 1e-12):
            return None
        wrong = np.argwhere(diff > atol + 1e-12).tolist()
        return Mismatch("has wrong entries", expected=e, got=g, wrong=wrong, tolerance=tolerance)

    return compare


def span_basis(M: np.ndarray, rtol: float = 1e-9) -> np.ndarray:
    """An orthonormal basis (as columns) of the span of M's columns: its numerical rank counts
    singular values above rtol·σ₁."""
    if M.size == 0:
        return np.zeros((M.shape[0], 0))
    U, s, _ = np.linalg.svd(M, full_matrices=False)
    r = int(np.sum(s > rtol * s[0])) if s.size and s[0] > 0 else 0
    return U[:, :r]


def column_span(rtol: float = 1e-6) -> Comparator:
    """A basis of a subspace, as the columns of an (n, k) matrix: passes when the columns span
    the same subspace as the expected columns and are independent. Any basis passes (signs, order,
    scale, rotations; orthonormal or not). Shape first; projectors ‖P_got − P_expected‖ ≤ rtol.
    """
    tolerance = f"same column space: ‖P_got − P_expected‖ ≤ {rtol:g} (any basis, any scale)"

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        pair = numeric_pair(expected, got)
        if isinstance(pair, Mismatch):
            return pair
        e, g = pair
        if not np.isfinite(g).all():
            return Mismatch(
                "returned inf or nan entries",
                expected=e,
                got=g,
                wrong=np.argwhere(~np.isfinite(g)).tolist(),
                tolerance=tolerance,
            )
        if e.ndim != 2:
            return close()(e, g, args)
        qe, qg = span_basis(e), span_basis(g)
        if qg.shape[1] < g.shape[1]:
            return Mismatch(
                f"returned {g.shape[1]} columns that span only {qg.shape[1]} dimensions: they are "
                "not independent",
                expected=e,
                got=g,
                tolerance=tolerance,
            )
        if np.linalg.norm(qe @ qe.T - qg @ qg.T) > rtol:
            return Mismatch(
                "returned columns that span a different subspace",
                expected=e,
                got=g,
                tolerance=tolerance,
            )
        return None

    return compare


def close_relative_to(
    size: Callable[[tuple], float], said: str, rtol: float, atol: float = 0.0
) -> Comparator:
    """‖got − expected‖ ≤ atol + rtol·size(args), shape first: a tolerance set by the size of an
    input (‖A‖), not of the answer, for answers that are small or 0 next to their input (the
    error ‖A − A_k‖, the eigenvalues of a nearly singular A). `said` names the size in the
    verdict ("‖A‖_F", "max(1, ‖A‖)")."""

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        bound = atol + rtol * float(size(args))
        found = close(rtol=0.0, atol=bound)(expected, got, args)
        if found is not None and found.tolerance:
            floor = f"{atol:g} + " if atol else ""
            found.tolerance = f"‖got − expected‖ ≤ {floor}{rtol:g}·{said} = {bound:.3g}"
        return found

    return compare


Residual = Callable[[tuple, np.ndarray], "float | str | Mismatch | None"]


def satisfies(
    residual: Residual,
    tol: float = 0.0,
    *,
    what: str = "the residual",
    tolerance: str | None = None,
    alike: Comparator | None = None,
    allow_column: bool = False,
) -> Comparator:
    """An answer judged by a property it must have (Av = λv, AN = 0, the rules of the RREF), not
    by one right value: every answer that has the property passes. Shape first, as `close`.

    `residual(args, got)` gets the answer as a float64 array of the expected shape and says how
    far it is from the property: a number, which passes when ≤ tol (`what` names it in the
    verdict: "‖Av − λv‖ / ‖A‖‖v‖"); None, when the property holds; or, when it fails in a way a
    number does not tell, a phrase to follow the call ("returned a zero column") or a Mismatch
    (to mark entries or name a mistake; without marks of its own the entries that differ from
    the expected answer are marked). `tolerance` replaces the verdict's "{what} ≤ {tol}".

    An answer equal to the expected one (within close(), or by `alike`, such as column_span())
    passes without the property being measured. The expected answer is the oracle's or, while a
    mistake is being named, the mistake's: one that lacks the property itself agrees with no
    answer but its equal, so a mistake is named only for its own answers.
    """
    same = close()
    stated = tolerance or f"{what} ≤ {tol:g}"

    def failure(args: tuple, answer: np.ndarray) -> Mismatch | None:
        found = residual(args, answer)
        if found is None or isinstance(found, Mismatch):
            return found
        if isinstance(found, str):
            return Mismatch(found)
        if float(found) <= tol:
            return None
        return Mismatch(f"does not have the property: {what} is {float(found):.3g}, above {tol:g}")

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        pair = numeric_pair(expected, got, allow_column=allow_column)
        if isinstance(pair, Mismatch):
            return pair
        e, g = pair
        differs = same(e, g, args)
        if differs is None or (alike is not None and alike(e, g, args) is None):
            return None
        if failure(args, e) is not None:
            return Mismatch("is not the same answer as the expected one", expected=e, got=g)
        found = failure(args, g)
        if found is None:
            return None
        return replace(
            found,
            expected=e if found.expected is None else found.expected,
            got=g if found.got is None else found.got,
            wrong=differs.wrong if found.wrong is None else found.wrong,
            tolerance=found.tolerance or stated,
        )

    return compare


def sign_free_distance(v: np.ndarray, w: np.ndarray) -> float:
    """min(‖v − w‖, ‖v + w‖): how far v is from w where the sign is free (an eigenvector)."""
    return float(min(np.linalg.norm(v - w), np.linalg.norm(v + w)))


def parts(
    answer: Any,
    names: Sequence[str],
    shapes: Sequence[tuple[int, ...] | None] | None = None,
    *,
    finite: bool = False,
) -> list[np.ndarray] | str:
    """A tuple answer such as (lam, v) as float64 arrays, one per name; or, when it is not one, a
    phrase that says why, to follow the call ("returned a float; expected a tuple (lam, v)").

    `shapes[i]` is the shape entry i must have (None: any); the same numbers in a layout that
    squeezes to it pass (v as an n x 1 column, lam as [[2.0]]) and are reshaped; where all have
    one shape, the entries stacked in one array pass too (np.array([A, B])). With `finite`, inf
    and nan are refused too.
    """
    if (
        isinstance(answer, np.ndarray)
        and answer.shape[:1] == (len(names),)
        and all(shape == answer.shape[1:] for shape in shapes or [None])
    ):
        answer = tuple(answer)
    if not isinstance(answer, (tuple, list)) or len(answer) != len(names):
        return f"returned {type_name(answer)}; expected a tuple ({', '.join(names)})"
    found = []
    for name, value, shape in zip(names, answer, shapes or [None] * len(names), strict=True):
        try:
            array = as_array(value)
        except NotNumeric as exc:
            return f"returned {name} as {exc}"
        if shape is not None and array.shape != shape:
            squeezed = tuple(d for d in shape if d != 1)
            if array.size != math.prod(shape) or np.squeeze(array).shape != squeezed:
                return (
                    f"returned {name} of {describe_shape(array.shape)}; "
                    f"expected {describe_shape(shape)}"
                )
            array = array.reshape(shape)
        if finite and not np.isfinite(array).all():
            return f"returned {name} with inf or nan"
        found.append(array)
    return found


def shown(x: Any, digits: int = 4) -> str:
    """A number, vector or matrix, short, for a sentence: 0.7071, (3, 1), [[0, −1], [1, 0]]."""
    a = np.asarray(x, dtype=float)
    if a.ndim == 0:
        return f"{float(a):.{digits}g}"
    if a.ndim == 1:
        return "(" + ", ".join(f"{v:.{digits}g}" for v in a) + ")"
    return "[" + ", ".join("[" + shown(row, digits)[1:-1] + "]" for row in a) + "]"


# --- plots -------------------------------------------------------------------------------------

NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


@dataclass(frozen=True, eq=False)
class Curve:
    """A curve a plot must draw: y over x, or over t = 0, 1, …, n − 1 when x is None (what
    plt.plot(y) draws). `name` says it in a sentence ("the trajectory for η = 0.4"); `label`, when
    given, is what the line's legend label must show: a number (as many digits as written) or a
    text."""

    y: np.ndarray
    name: str
    x: np.ndarray | None = None
    label: float | str | None = None


def plotted(
    rtol: float = 1e-9,
    atol: float = 1e-9,
    *,
    each: str = "curve",
    axis_labels: bool = True,
) -> Comparator:
    """A figure (a wire.Plot) that draws every expected Curve: for each, some line of its own
    whose points equal the curve's within |got − expected| ≤ atol + rtol·|expected| at every
    point, labelled as the curve says; with axis_labels, the Axes those lines are on have an x
    and a y label. Styles, colours, the order of the lines, log scales and extra artists are
    free."""
    tolerance = f"|got − expected| ≤ {atol:g} + {rtol:g}·|expected| at every point"

    def compare(expected: Sequence[Curve], got: Any, args: tuple = ()) -> Mismatch | None:
        from mathlings.checker.wire import Plot

        if not isinstance(got, Plot):
            return Mismatch(_not_a_figure(got), got=repr(got)[:200])
        lines = [(ax, line) for ax in got.axes for line in ax.lines]
        if len(lines) < len(expected):
            has = f"{len(lines)} line{'s' * (len(lines) != 1)}" if lines else "no lines"
            due = NUMBER_WORDS[len(expected)] if len(expected) < 10 else str(len(expected))
            return Mismatch(
                f"your figure has {has}; {due} {'are' if len(expected) > 1 else 'is'} due, "
                f"one per {each}",
                detail=None if lines else "Draw each one with ax.plot (or plt.plot).",
            )
        free = list(lines)
        matched = []
        for curve in expected:
            found = next((pair for pair in free if _follows(pair[1], curve, rtol, atol)), None)
            if found is None:
                return Mismatch(
                    f"no line follows {curve.name}",
                    tolerance=tolerance,
                    detail=_nearest(curve, [line for _, line in lines], rtol, atol),
                )
            free.remove(found)
            matched.append((curve, *found))
        for curve, _, line in matched:
            if curve.label is not None and not _shows(line.label, curve.label):
                said = curve.label if isinstance(curve.label, str) else f"{curve.label:g}"
                return Mismatch(
                    f"the line that follows {curve.name} is labelled {line.label!r}, which does "
                    f"not show {said}"
                    if line.label
                    else f"the line that follows {curve.name} has no label; label it with {said}",
                    detail="Give each line its label: ax.plot(..., label=...).",
                )
        if axis_labels:
            for ax in dict.fromkeys(ax for _, ax, _ in matched):
                missing = [name for name, text in (("x", ax.xlabel), ("y", ax.ylabel)) if not text]
                if missing:
                    return Mismatch(
                        "neither axis has a label"
                        if len(missing) == 2
                        else f"the {missing[0]} axis has no label",
                        detail="Say what each axis shows: ax.set_xlabel, ax.set_ylabel.",
                    )
        return None

    return compare


def _not_a_figure(got: Any) -> str:
    name = type_name(got)
    if name.startswith("matplotlib.axes"):
        return (
            "returned an Axes, not the Figure: return the figure it is on (ax.figure, or fig "
            "from fig, ax = plt.subplots())"
        )
    if name == "matplotlib.figure.Figure":
        return f"returned {got.shown}"
    return f"returned {'None' if got is None else 'a ' + name}; expected a matplotlib Figure"


def _points(curve: Curve) -> tuple[np.ndarray, np.ndarray]:
    y = np.asarray(curve.y, dtype=float).ravel()
    x = np.arange(y.size, dtype=float) if curve.x is None else np.asarray(curve.x, dtype=float)
    return x.ravel(), y


def _near(got: np.ndarray, expected: np.ndarray, rtol: float, atol: float) -> bool:
    if got.shape != expected.shape:
        return False
    same = np.isclose(got, expected, rtol=rtol, atol=atol, equal_nan=True)
    return bool(np.all(same | (got == expected)))  # infinities of one sign are equal too


def _follows(line: Any, curve: Curve, rtol: float, atol: float) -> bool:
    x, y = _points(curve)
    return _near(line.y, y, rtol, atol) and _near(line.x, x, rtol, atol)


def _nearest(curve: Curve, lines: list[Any], rtol: float, atol: float) -> str:
    """What the learner's lines have instead, in one sentence."""
    x, y = _points(curve)
    for line in lines:
        if _near(line.y, y, rtol, atol):
            return (
                f"One of your lines has its values, but at x = {shown(line.x[:3])[1:-1]}, …; they "
                f"are drawn at x = {shown(x[:3])[1:-1]}, …"
            )
    ys = [line.y for line in lines]
    if len(ys) > 1 and all(_near(other, ys[0], 0.0, 0.0) for other in ys[1:]):
        return f"All your {len(ys)} lines draw the same curve."
    sizes = sorted({line.y.size for line in lines})
    if y.size not in sizes:
        counts = ", ".join(map(str, sizes))
        return f"It has {y.size} points; your lines have {counts}."
    return f"It starts {shown(y[:4])[1:-1]}, …"


def _shows(label: str, value: float | str) -> bool:
    """The label shows the text, or a number equal to the value to the digits it is written with
    ("η = 0.33" shows 1/3; "η = 0.0" does not show 0.02)."""
    if isinstance(value, str):
        return value in label
    for token in re.findall(r"[-+−]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+−]?\d+)?", label):
        token = token.replace("−", "-")
        mantissa, _, exponent = token.lower().partition("e")
        decimals = len(mantissa.partition(".")[2])
        half_unit = 0.5 * 10.0 ** (int(exponent or 0) - decimals)
        number = float(token)
        if abs(number - value) <= half_unit * (1 + 1e-9) and (number != 0 or value == 0):
            return True
    return False


def _point_count(count: int) -> str:
    """'3 points (2 steps)', '1 point (no step)'."""
    steps = {1: "no step", 2: "1 step"}.get(count, f"{count - 1} steps")
    return f"{count} point{'s' if count != 1 else ''} ({steps})"


def trajectory_of(inner: Comparator) -> Comparator:
    """For an iteration's trajectory [x₀, x₁, …, x_K]: the same number of points first (a wrong
    count is the stopping rule, said so), a single point returned is told so, then `inner`."""

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        e = np.asarray(expected)
        try:
            g = as_array(got)
        except ValueError:
            return inner(expected, got, args)
        if g.ndim == 1 and g.shape == e.shape[1:]:
            return Mismatch(
                "returned one point; the task asks for the whole trajectory [x₀, x₁, …, x_K], "
                f"here {_point_count(e.shape[0])}",
                expected=e,
                got=g,
            )
        if g.ndim == 2 and g.shape[1:] == e.shape[1:] and g.shape[0] != e.shape[0]:
            return Mismatch(
                f"returned a trajectory of {_point_count(g.shape[0])}; expected "
                f"{_point_count(e.shape[0])}: look at the stopping rule",
                expected=e,
                got=g,
            )
        return inner(expected, got, args)

    return compare
