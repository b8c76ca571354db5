"""Comparators: is the learner's answer right, and if not, what exactly differs.

A comparator is called as `compare(expected, got, args)` and returns None when `got` is right, or a
`Mismatch` that says what is wrong. Every comparator states its tolerance. Where the math leaves
freedom (an eigenvector's sign, a basis of an eigenspace, a column vs a flat vector when the task
allows both), every correct answer passes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from tokenize import TokenError
from typing import Any

import numpy as np

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
    where: list[str] = field(default_factory=list)  # path into a dict or tuple answer

    def inside(self, key: str) -> Mismatch:
        return replace(self, where=[key, *self.where])


class NotNumeric(ValueError):
    pass


def as_array(value: Any) -> np.ndarray:
    """The learner's answer as a float64 array; lists, tuples, scalars and tensors are all fine."""
    if hasattr(value, "detach") and hasattr(value, "numpy"):  # a torch tensor
        value = value.detach().cpu().numpy()
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise NotNumeric(f"a {type(value).__name__}, which is not an array of numbers") from exc
    return array


def describe_shape(shape: tuple[int, ...]) -> str:
    return "a number" if shape == () else f"shape {shape}"


def shape_hint(got: tuple[int, ...], expected: tuple[int, ...]) -> str | None:
    """One sentence that tells how a wrong shape could be fixed, when a simple fix exists."""
    if len(got) == 2 and got[::-1] == expected:
        return "It looks transposed: the rows and columns are swapped."
    if tuple(d for d in got if d != 1) == tuple(d for d in expected if d != 1):
        if expected == ():
            return "Return a plain number (for example float(x)), not an array."
        if len(expected) == 1:
            return "Return a flat 1-D array: .ravel() or .reshape(-1) would fix it."
        return f"Reshape it: .reshape{expected} would fix it."
    return None


def close(
    rtol: float = 1e-9,
    atol: float = 1e-12,
    *,
    allow_column: bool = False,
) -> Comparator:
    """Norm-wise closeness: ‖got − expected‖ ≤ atol + rtol·‖expected‖ (Frobenius), shape first.

    With allow_column, an n x 1 (or 1 x n) answer is accepted where a flat vector is expected, and
    the other way round. NaN equals NaN (a drill that expects NaN gets it that way).
    """
    tolerance = f"‖got − expected‖ ≤ {atol:g} + {rtol:g}·‖expected‖"

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        e = as_array(expected)
        try:
            g = as_array(got)
        except NotNumeric as exc:
            return Mismatch(f"returned {exc}", expected=expected, got=repr(got))
        if g.shape != e.shape:
            squeezable = g.size == e.size and np.squeeze(g).shape == np.squeeze(e).shape
            if allow_column and squeezable:
                g = g.reshape(e.shape)
            else:
                return Mismatch(
                    f"returned {describe_shape(g.shape)}; expected {describe_shape(e.shape)}",
                    expected=e,
                    got=g,
                    detail=shape_hint(g.shape, e.shape),
                )
        both_nan = np.isnan(e) & np.isnan(g)
        diff = np.where(both_nan, 0.0, np.abs(g - e))
        diff = np.where(np.isnan(diff), np.inf, diff)
        bound = atol + rtol * float(np.linalg.norm(np.nan_to_num(e)))
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
    group's projector V Vᵀ must match the expected one within rtol.
    """

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        e = as_array(expected)
        try:
            g = as_array(got)
        except NotNumeric as exc:
            return Mismatch(f"returned {exc}", expected=expected, got=repr(got))
        if g.shape != e.shape:
            return Mismatch(
                f"returned {describe_shape(g.shape)}; expected {describe_shape(e.shape)}",
                expected=e,
                got=g,
                detail=shape_hint(g.shape, e.shape),
            )
        norms = np.linalg.norm(g, axis=0)
        if not np.allclose(norms, 1.0, rtol=0, atol=1e-6):
            wrong = [[0, j] for j in np.flatnonzero(~np.isclose(norms, 1.0, atol=1e-6))]
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
                return Mismatch(
                    "gave eigenvectors that span the wrong directions",
                    expected=e,
                    got=g,
                    wrong=[[i, j] for j in group for i in range(e.shape[0])],
                    tolerance=f"each eigenspace's projector V Vᵀ within {rtol:g}; signs are free",
                )
        return None

    return compare


def fields(**comparators: Comparator) -> Comparator:
    """A dict answer: each key compared by its own comparator; missing and extra keys are named."""

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        if not isinstance(got, dict):
            return Mismatch(
                f"returned a {type(got).__name__}; expected a dict with keys "
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
                f"returned {type(got).__name__}; expected a tuple ({', '.join(names)})",
                got=repr(got)[:200],
            )
        for name, inner, e, g in zip(names, comparators, expected, got, strict=True):
            found = inner(e, g, args)
            if found:
                return found.inside(name)
        return None

    return compare


def formula(
    *symbols: str, points: int = 48, rtol: float = 1e-8, allowed_failures: int = 2
) -> Comparator:
    """Formula answers (a string like "2*x*(x + 1)" or a SymPy expression) equal as functions.

    Both are evaluated at `points` fixed random points across signs and magnitudes (negatives
    included, so sqrt(x**2) does not pass for x); up to `allowed_failures` points where either side
    is undefined (near a singularity) are forgiven. A failure to simplify is never a reason to
    reject: agreement at the points decides.
    """
    tolerance = f"equal within rtol {rtol:g} at {points} points across signs and magnitudes"

    def compare(expected: Any, got: Any, args: tuple = ()) -> Mismatch | None:
        import sympy

        names = sympy.symbols(symbols)
        try:
            e = sympy.sympify(expected)
            g = sympy.parse_expr(got) if isinstance(got, str) else sympy.sympify(got)
        except (sympy.SympifyError, SyntaxError, TypeError, TokenError) as error:
            return Mismatch(f"could not be read as a formula ({error})", got=str(got))
        unknown = sorted(str(s) for s in g.free_symbols - set(names))
        if unknown:
            return Mismatch(
                f"uses {', '.join(unknown)}, which the formula is not a function of",
                expected=str(e),
                got=str(g),
                detail=f"Write it in terms of {', '.join(symbols)} only.",
            )
        rng = np.random.default_rng(20261125)
        samples = rng.choice([-1.0, 1.0], (points, len(names))) * 10 ** rng.uniform(
            -1.5, 1.2, (points, len(names))
        )
        f_expected = sympy.lambdify(names, e, "numpy")
        f_got = sympy.lambdify(names, g, "numpy")
        undefined = 0
        with np.errstate(all="ignore"):
            for point in samples:
                want = complex(f_expected(*point))
                have = complex(f_got(*point))
                if not (np.isfinite(want) and np.isfinite(have)):
                    undefined += 1
                    if undefined > allowed_failures:
                        break
                    continue
                if abs(have - want) > rtol * max(1.0, abs(want)):
                    where = ", ".join(f"{s} = {v:.3g}" for s, v in zip(symbols, point, strict=True))
                    return Mismatch(
                        "is a different formula",
                        expected=str(e),
                        got=str(g),
                        tolerance=tolerance,
                        detail=f"At {where} the formula gives {want.real:.6g}; yours gives "
                        f"{have.real:.6g}.",
                    )
        if undefined > allowed_failures:
            return Mismatch("is undefined at too many points", expected=str(e), got=str(g))
        return None

    return compare
