"""Checks for power-iteration: (λ, v) against np.linalg.eigh's dominant eigenpair (v up to sign) on
symmetric matrices with a dominant eigenvalue, positive or negative; then that the loop stops on a
convergence test: accurate on a slow matrix (λ₂/λ₁ = 0.999) at tol = 1e-10, and stopped after a
few steps (so still far from v₁) at the loose tol = 1, also when λ₁ < 0."""

from __future__ import annotations

import numpy as np

from mathlings.checker import Behaviour, Call, Mismatch, apart, as_array, parts, sign_free_distance
from mathlings.checker import strategies as gen

TOL = 1e-10
MAX_ITER = 1000  # plenty for |λ₂/λ₁| ≤ 0.75: about 80 steps
V_TOL = 1e-4  # min(‖v − v₁‖, ‖v + v₁‖) ≤ 1e-4
LAM_TOL = 1e-8  # |λ − λ₁| ≤ 1e-8·max(1, |λ₁|)
SLOW_V_TOL = 1e-5  # on the slow matrix, where a stop on ‖v_new − v‖ < 1e-10 leaves about 1e-7


def dominant(A: np.ndarray, *_: object) -> tuple[float, np.ndarray]:
    """The eigenvalue of largest |λ| and its unit eigenvector, from np.linalg.eigh."""
    lam, Q = np.linalg.eigh(A)
    i = int(np.argmax(np.abs(lam)))
    return float(lam[i]), Q[:, i]


def as_pair(answer, n: int) -> tuple[float, np.ndarray] | str:
    """(λ as a float, v as a flat array of n entries), or a sentence saying what is wrong."""
    found = parts(answer, ("lam", "v"), ((), (n,)))
    return found if isinstance(found, str) else (float(found[0]), found[1])


def shown(lam: float, v: np.ndarray) -> dict:
    return {"lam": lam, "v": v}


def eigenpair():
    """(lam, v): v within V_TOL of ±v₁, lam within LAM_TOL·max(1, |λ₁|) of λ₁. The usual wrong
    answers (nan from no normalisation, |λ|, an undivided Rayleigh quotient, the wrong
    eigenvector from a start orthogonal to v₁) are named directly."""
    tolerance = f"min(‖v − v₁‖, ‖v + v₁‖) ≤ {V_TOL:g}, |λ − λ₁| ≤ {LAM_TOL:g}·max(1, |λ₁|)"

    def compare(expected, got, args=()):
        A = args[0]
        n = A.shape[0]
        e_lam, e_v = float(expected[0]), as_array(expected[1]).reshape(-1)
        pair = as_pair(got, n)
        if isinstance(pair, str):
            return Mismatch(pair, expected=shown(e_lam, e_v), got=repr(got)[:200])
        lam, v = pair
        same_nan = np.isnan(e_lam) and np.isnan(lam) and e_v.shape == v.shape
        if same_nan and np.array_equal(np.isnan(e_v), np.isnan(v)):
            return None  # the same broken answer (how a known mistake is recognised)
        want, have = shown(e_lam, e_v), shown(lam, v)
        if not (np.isfinite(lam) and np.isfinite(v).all()):
            return Mismatch(
                "returned inf or nan",
                expected=want,
                got=have,
                tolerance=tolerance,
                detail="Without normalising, Aᵏv grows like |λ₁|ᵏ until it overflows (or shrinks "
                "to 0 when |λ₁| < 1).",
                mistake="no-normalisation",
            )
        v_ok = e_v.shape == v.shape and sign_free_distance(v, e_v) <= V_TOL
        lam_ok = abs(lam - e_lam) <= LAM_TOL * max(1.0, abs(e_lam))
        if v_ok and lam_ok:
            return None
        if v_ok:
            found = Mismatch(
                f"gave λ = {lam:.6g}; the dominant eigenvalue is {e_lam:.6g} (v is right)",
                expected=want,
                got=have,
                tolerance=tolerance,
            )
            if e_lam < 0 and abs(lam + e_lam) <= LAM_TOL * abs(e_lam):
                found.mistake = "abs-eigenvalue"
                found.detail = "λ₁ is negative here; ‖Av‖ (or |λ|) loses its sign."
            elif e_lam != 0 and 1 + 1e-6 < lam / e_lam <= n + 1e-6:
                found.mistake = "rayleigh-not-divided"
                ratio = lam / e_lam
                found.detail = (
                    f"Your λ is {ratio:.6g} times λ₁: that is vᵀAv for a v with ‖v‖² = {ratio:.6g}."
                )
            return found
        found = Mismatch(
            "gave a v that is not the eigenvector of the largest |λ|",
            expected=want,
            got=have,
            tolerance=tolerance,
        )
        mu = float(v @ A @ v / (v @ v)) if np.any(v) else 0.0
        scale = max(1.0, float(np.linalg.norm(A))) * float(np.linalg.norm(v))
        same_lambda = abs(mu - e_lam) <= 1e-6 * max(1.0, abs(e_lam))
        if np.any(v) and np.linalg.norm(A @ v - mu * v) <= 1e-6 * scale and same_lambda:
            found.message = (
                f"gave the right direction with length ‖v‖ = {np.linalg.norm(v):.6g}, where a "
                "unit vector is due"
            )
        elif np.any(v) and np.linalg.norm(A @ v - mu * v) <= 1e-6 * scale:
            shown_mu, shown_top = apart(mu, e_lam)
            found.message = (
                f"converged to the eigenvector of λ = {shown_mu}, not to the one of the largest "
                f"|λ|, {shown_top}"
            )
            if abs(float(np.sum(e_v))) <= 1e-9 * np.sqrt(n):
                found.mistake = "ones-start"
                found.detail = (
                    "Here the top eigenvector is orthogonal to (1, 1, …, 1): a start with no "
                    "component along v₁ never finds it."
                )
        return found

    return compare


# λ₂/λ₁ = 0.999: about 16 000 steps to converge; then the same with λ₁ < 0 (v flips each step)
SLOW = gen.symmetric_with_eigenvalues([2.0, 1.998, 0.5], seed=1)
SLOW_NEGATIVE = gen.symmetric_with_eigenvalues([-2.0, -1.998, 0.5], seed=3)
SIGNATURE = "power_iteration(A, tol, max_iter)"


def accurate_when_slow(learner) -> Mismatch | None:
    """λ₂/λ₁ = 0.999: a loop that stops on ‖v_new − v‖ < 1e-10 is accurate to about 1e-7; a fixed
    100 or 1000 steps leaves v far off. A loop that does not depend on tol at all (a fixed count)
    gives the very same answer again at tol = 1e-13: then the fixed count is named."""
    lam1, v1 = dominant(SLOW)
    answer = learner.call(SIGNATURE, SLOW, TOL, 100_000)
    pair = as_pair(answer, 3)
    if isinstance(pair, str):
        return Mismatch(f"power_iteration(A, 1e-10, 100000) {pair}")
    lam, v = pair
    gap = sign_free_distance(v, v1) if np.isfinite(v).all() else float("inf")
    if gap <= SLOW_V_TOL and abs(lam - lam1) <= LAM_TOL * abs(lam1):
        return None
    again = as_pair(learner.call(SIGNATURE, SLOW, 1e-13, 100_000), 3)
    ignores_tol = (
        not isinstance(again, str) and again[0] == lam and bool(np.array_equal(again[1], v))
    )
    mistake = "fixed-iteration-count" if ignores_tol else None
    if mistake is None and np.isfinite(v).all() and np.any(v):
        # One more step from the learner's v: if λ no longer moves by tol while v still does,
        # the loop stopped on a test of λ.
        u = v / np.linalg.norm(v)
        w = SLOW @ u
        step = w / np.linalg.norm(w)
        still_moving = sign_free_distance(step, u) >= TOL
        if abs(float(step @ SLOW @ step) - float(u @ SLOW @ u)) < TOL and still_moving:
            mistake = "stops-on-lambda-tol"
    return Mismatch(
        f"on a matrix with λ₁ = 2, λ₂ = 1.998 (λ₂/λ₁ = 0.999), tol = 1e-10 and max_iter = "
        f"100000, your v is {gap:.2g} away from the top eigenvector (at most {SLOW_V_TOL:g} "
        "allowed: stopping when ‖v_new − v‖ < 1e-10 leaves about 1e-7)"
        + (", and tol = 1e-13 gives the very same answer" if ignores_tol else ""),
        expected=shown(lam1, v1),
        got=shown(lam, v),
        detail="The error shrinks like 0.999ᵏ: about 16 000 steps here. Loop up to max_iter and "
        "stop on a test of v itself (a test on λ alone stops too early: λ converges twice as "
        "fast as v).",
        mistake=mistake,
    )


def stops_when_converged(learner) -> Mismatch | None:
    """With tol = 1 any convergence test fires within a few steps, long before v is accurate on a
    matrix that needs 16 000 steps; a loop that ignores tol runs all max_iter = 20000 steps and
    lands on v₁ (within 1e-5). Also for λ₁ < 0, where v flips its sign every step. A correct
    loop lands that close only if its start was within about 1e-5 of v₁: practically never."""
    for A, lam1 in ((SLOW, 2.0), (SLOW_NEGATIVE, -2.0)):
        pair = as_pair(learner.call(SIGNATURE, A, 1.0, 20_000), 3)
        if isinstance(pair, str):
            return Mismatch(f"power_iteration(A, 1.0, 20000) {pair}")
        _, v = pair
        if not np.isfinite(v).all() or sign_free_distance(v, dominant(A)[1]) > 1e-5:
            continue
        if lam1 > 0:
            return Mismatch(
                "with tol = 1 and max_iter = 20000, on a matrix with λ₁ = 2, λ₂ = 1.998 (it "
                "takes about 16 000 steps to converge), your function returned the top "
                "eigenvector to within 1e-5: it ran every step instead of stopping once v "
                "changed by less than tol (which happens after a few steps here)",
                detail="Test after each step: stop when min(‖v_new − v‖, ‖v_new + v‖) < tol.",
                mistake="no-convergence-test",
            )
        return Mismatch(
            "with tol = 1 and max_iter = 20000, on a matrix with λ₁ = −2, λ₂ = −1.998 (it takes "
            "about 16 000 steps to converge), your function returned the top eigenvector to "
            "within 1e-5: it ran every step, its test never fired",
            detail="With λ₁ < 0 each step flips v's sign, so ‖v_new − v‖ stays near 2: compare "
            "up to sign, min(‖v_new − v‖, ‖v_new + v‖) < tol.",
            mistake="sign-flip-never-stops",
        )
    return None


def with_defaults(A: np.ndarray) -> tuple[np.ndarray, float, int]:
    return (A, TOL, MAX_ITER)


CASES = [
    with_defaults(np.array([[1.0, -2.0], [-2.0, 1.0]])),  # v₁ = (1, −1)/√2 ⟂ (1, 1): λ = 3, −1
    with_defaults(np.array([[-3.0]])),  # 1 x 1, negative
    with_defaults(np.diag([-4.0, 1.0, 2.0])),
    with_defaults(np.array([[2.0, 1.0], [1.0, 2.0]])),  # the lesson's matrix: 3 and 1
    with_defaults(np.diag([0.5, 0.1])),  # |λ₁| < 1: unnormalised iterates shrink to 0
]

CHECKS = [
    Call(
        SIGNATURE,
        inputs=gen.symmetric_with_dominant().map(with_defaults),
        expected=dominant,
        compare=eigenpair(),
        cases=CASES,
    ),
    Behaviour("slow convergence", accurate_when_slow, needs=(SIGNATURE,)),
    Behaviour("stopping test", stops_when_converged, needs=(SIGNATURE,)),
    # Called as the task writes it, power_iteration(A): the defaults tol = 1e-10 and
    # max_iter = 10000 are part of the signature (a default tol of 1 stops after a step or two).
    Call(
        "power_iteration(A)",
        name="power_iteration with its defaults",
        inputs=gen.symmetric_with_dominant().map(lambda A: (A,)),
        expected=dominant,
        compare=eigenpair(),
        cases=[case[:1] for case in CASES],
        examples=10,
    ),
]
