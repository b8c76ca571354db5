"""Checks for learning-rates: the rates and the contraction on quadratics ½xᵀAx with known
eigenvalues, each failure explained by a run of gradient descent the check makes; the step count
against the count of an actual run from the worst start, along an extreme eigenvector."""

import math

import numpy as np
from hypothesis import strategies as st

from mathlings.checker import Call, close, explained
from mathlings.checker import strategies as gen

RUN_STEPS = 200
COUNT_CAP = 20_000


def quadratic(eigenvalues) -> np.ndarray:
    """A = Q diag(λ) Qᵀ with a fixed random rotation Q: the Hessian of f(x) = ½xᵀAx."""
    return gen.symmetric_with_eigenvalues([float(lam) for lam in eigenvalues], seed=7)


def run(A: np.ndarray, eta: float, x0: np.ndarray, steps: int) -> np.ndarray:
    """Gradient descent x ← x − η A x; returns x_0, …, x_steps."""
    xs = [x0]
    with np.errstate(all="ignore"):
        for _ in range(steps):
            xs.append(xs[-1] - eta * (A @ xs[-1]))
    return np.array(xs)


def growth(eigenvalues, eta: float) -> float:
    """‖x_200‖ / ‖x_0‖ for a run from x₀ = (1, …, 1)/√n on A with these eigenvalues."""
    A = quadratic(eigenvalues)
    x0 = np.ones(len(eigenvalues)) / math.sqrt(len(eigenvalues))
    return float(np.linalg.norm(run(A, eta, x0, RUN_STEPS)[-1]))


def said(eigenvalues, eta: float) -> str:
    g = growth(eigenvalues, eta)
    verdict = "diverges" if not g < 1 else "converges"
    size = "overflows" if not math.isfinite(g) else f"= {g:.3g}"
    return f"at η = {eta:.6g} it {verdict} (‖x₂₀₀‖ {size} from ‖x₀‖ = 1)"


def why_divergence(e, g, args) -> str:
    eigenvalues, eta = args[0], float(g)
    if not eta > 0:
        return None
    lam_max = float(np.max(eigenvalues))
    return (
        f"On a run the check made (A with these eigenvalues, x₀ = (1, …, 1)/√n, "
        f"{RUN_STEPS} steps), "
        f"{said(eigenvalues, eta)}; the factor along λ_max = {lam_max:g} is 1 − ηλ_max = "
        f"{1 - eta * lam_max:.4g}. The threshold is where that factor reaches −1: "
        f"{said(eigenvalues, 0.999 * float(e))}, but {said(eigenvalues, 1.001 * float(e))}."
    )


def worst_factor(eigenvalues, eta: float) -> float:
    return max(abs(1 - eta * float(np.min(eigenvalues))), abs(1 - eta * float(np.max(eigenvalues))))


def why_best(e, g, args) -> str:
    eigenvalues, eta = args[0], float(g)
    return (
        f"At your η = {eta:.6g} the worst factor max |1 − ηλ| over the eigenvalues is "
        f"{worst_factor(eigenvalues, eta):.6g}; at η = {float(e):.6g} it is "
        f"{worst_factor(eigenvalues, float(e)):.6g}, the smallest any fixed η gets."
    )


def measured_contraction(kappa: float) -> float:
    """One step at the best rate 2/(1 + κ) on A = diag(κ, 1) from x₀ = (0, 1), the λ_min
    eigenvector: ‖x₁‖/‖x₀‖, the worst per-step factor (the λ_max one is the same, sign flipped)."""
    A = np.diag([kappa, 1.0])
    xs = run(A, 2 / (1 + kappa), np.array([0.0, 1.0]), 1)
    return float(np.linalg.norm(xs[1]))


def why_contraction(e, g, args) -> str:
    kappa = float(args[0])
    A = np.diag([kappa, 1.0])
    xs = run(A, 2 / (1 + kappa), np.array([0.0, 1.0]), 10)
    ratios = np.linalg.norm(xs[1:], axis=1) / np.linalg.norm(xs[:-1], axis=1)
    return (
        f"On A = diag({kappa:g}, 1) at the best rate 2/(1 + κ), from the λ_min eigenvector, the "
        f"check's run shrinks ‖x_k‖ by {ratios[0]:.6g} at every step ({ratios.min():.6g} … "
        f"{ratios.max():.6g} over 10 steps); yours says {float(g):.6g}."
    )


def counted_steps(kappa: float, r0: float, tol: float) -> int:
    """Run gradient descent at the best rate on A = diag(κ, 1) from x₀ = (0, r0), along the λ_min
    eigenvector (the worst start: ‖x_k‖ = ρᵏ r0 exactly), and count the steps until ‖x_k‖ ≤ tol.
    Written with Python floats, coordinate by coordinate (A is diagonal), to run fast."""
    eta = 2 / (1 + kappa)
    x1, x2 = 0.0, float(r0)
    k = 0
    while math.hypot(x1, x2) > tol and k < COUNT_CAP:
        x1, x2 = x1 - eta * kappa * x1, x2 - eta * x2
        k += 1
    return k


def why_steps(e, g, args) -> str:
    kappa, r0, tol = (float(a) for a in args)
    ours = int(e[()])
    if ours == 0:
        return (
            f"Already at the start ‖x₀‖ = r0 = {r0:g} ≤ tol = {tol:g}: no step is needed, so the "
            "answer is 0 steps."
        )
    return (
        f"The check's run (best rate, A = diag({kappa:g}, 1), x₀ = (0, {r0:g}) along the λ_min "
        f"eigenvector) has ‖x_k‖ > tol = {tol:g} for k < {ours} and ‖x_{ours}‖ ≤ tol: it takes "
        f"{ours} steps, and {ours} is also the bound ⌈log(tol/r0)/log ρ⌉ for any start of norm r0."
    )


# --- inputs -------------------------------------------------------------------------------------

KAPPA = st.one_of(st.sampled_from([1.0, 2.0, 3.0, 10.0, 100.0]), st.floats(1.0, 200.0))


@st.composite
def spectra(draw):
    """(eigenvalues,): n in 1…6 positive eigenvalues with λ_max/λ_min = κ, in random order."""
    n = draw(st.integers(1, 6))
    lam_min = draw(st.one_of(st.sampled_from([1.0, 0.5, 2.0]), st.floats(0.01, 10.0)))
    kappa = 1.0 if n == 1 else draw(KAPPA)
    inner = [lam_min * draw(st.floats(1.0, kappa)) for _ in range(max(n - 2, 0))]
    values = [lam_min, lam_min * kappa, *inner][:n]
    return (np.array(draw(st.permutations(values))),)


@st.composite
def step_counts(draw):
    """(κ, r0, tol), with tol never within 0.1 of a step of a tie ρᵏ r0 = tol (rounding would
    decide it), and sometimes r0 ≤ tol (no step needed)."""
    kappa = draw(KAPPA)
    r0 = draw(st.one_of(st.sampled_from([1.0, 10.0, 2.0]), st.floats(0.1, 100.0)))
    if draw(st.integers(0, 9)) == 0:
        return kappa, r0, r0 * draw(st.sampled_from([1.0, 2.0, 10.0]))
    decades = draw(st.one_of(st.sampled_from([6.0, 3.0, 1.0]), st.floats(0.3, 8.0)))
    tol = r0 * 10.0**-decades
    rho = (kappa - 1) / (kappa + 1)
    if rho > 0:
        s = math.log(tol / r0) / math.log(rho)
        if abs(s - round(s)) < 0.1:
            tol = r0 * rho ** (math.floor(s) + 0.5)
    return kappa, r0, tol


EXACT = close(rtol=0, atol=0)

CHECKS = [
    Call(
        "divergence_rate(eigenvalues)",
        inputs=spectra(),
        expected=lambda eigenvalues: 2 / float(np.max(eigenvalues)),
        compare=explained(close(rtol=1e-9, atol=1e-12), why_divergence),
        cases=[(np.array([1.0, 10.0]),), (np.array([4.0, 0.5, 2.0]),), (np.array([3.0]),)],
        examples=40,
    ),
    Call(
        "best_rate(eigenvalues)",
        inputs=spectra(),
        expected=lambda eigenvalues: 2 / float(np.min(eigenvalues) + np.max(eigenvalues)),
        compare=explained(close(rtol=1e-9, atol=1e-12), why_best),
        cases=[(np.array([1.0, 10.0]),), (np.array([4.0, 0.5, 2.0]),), (np.array([3.0]),)],
        examples=40,
    ),
    Call(
        "contraction(kappa)",
        inputs=KAPPA.map(lambda k: (k,)),
        expected=measured_contraction,
        compare=explained(close(rtol=1e-9, atol=1e-12), why_contraction),
        cases=[(10.0,), (1.0,), (20.0,)],
        examples=30,
    ),
    Call(
        "steps_needed(kappa, r0, tol)",
        inputs=step_counts(),
        expected=counted_steps,
        compare=explained(EXACT, why_steps),
        cases=[(3.0, 1.0, 1e-3), (30.0, 2.0, 1e-4), (1.0, 5.0, 1e-3), (10.0, 0.5, 1.0)],
        examples=40,
    ),
]
