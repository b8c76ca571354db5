"""Checks for recognize-distribution: from a fixed seed, samples of N = 5000 from each of the five
families at five parameter settings each. One statistical step judges the family names, then one
per family judges the parameter estimates against a band computed from the true parameters (exact
for Bernoulli, Poisson and Gaussian, Hoeffding's for the uniform, a normal approximation of
radius 7 for the binomial), the rate shared out over the drill's budget."""

import math
from collections.abc import Mapping

import numpy as np
from scipy.stats import binom, chi2, norm, poisson

from mathlings.checker import Mismatch, Statistical, stats

N = 5000
SIGNATURE = "recognize(x)"
KEYS = {
    "bernoulli": ("p",),
    "binomial": ("n", "p"),
    "gaussian": ("mu", "sigma"),
    "uniform": ("a", "b"),
    "poisson": ("lam",),
}
SETTINGS = {
    "bernoulli": [{"p": 0.05}, {"p": 0.3}, {"p": 0.5}, {"p": 0.72}, {"p": 0.95}],
    "binomial": [
        {"n": 2, "p": 0.5},
        {"n": 6, "p": 0.75},
        {"n": 15, "p": 0.6},
        {"n": 40, "p": 0.4},
        {"n": 60, "p": 0.5},
    ],
    "gaussian": [
        {"mu": 0.0, "sigma": 1.0},
        {"mu": -3.0, "sigma": 0.1},
        {"mu": 50.0, "sigma": 12.0},
        {"mu": 1.5, "sigma": 2.5},
        {"mu": -80.0, "sigma": 0.4},
    ],
    "uniform": [
        {"a": 0.0, "b": 1.0},
        {"a": -2.0, "b": 5.0},
        {"a": 10.0, "b": 10.5},
        {"a": -100.0, "b": -40.0},
        {"a": 3.0, "b": 30.0},
    ],
    "poisson": [{"lam": 0.5}, {"lam": 2.0}, {"lam": 7.5}, {"lam": 20.0}, {"lam": 50.0}],
}
BINOMIAL_SE = 7.0  # the binomial's band: this many standard errors of x̄ and of x̄ − s²
BUDGET = stats.Budget(tests=1 + len(KEYS))
SAME = 1e-6  # a mistake's value and the learner's agree to this relative precision


def draw(family, params, rng, size=N):
    """A float sample of the family (whole numbers stored as floats for the discrete ones)."""
    if family == "bernoulli":
        x = rng.binomial(1, params["p"], size)
    elif family == "binomial":
        x = rng.binomial(params["n"], params["p"], size)
    elif family == "poisson":
        x = rng.poisson(params["lam"], size)
    elif family == "gaussian":
        x = rng.normal(params["mu"], params["sigma"], size)
    else:
        x = rng.uniform(params["a"], params["b"], size)
    return np.asarray(x, dtype=float)


def named(params):
    return ", ".join(f"{key} = {value:g}" for key, value in params.items())


# --- the bands a correct estimate lies in, from the true parameters ------------------------------


def bands(family, params, alpha, size=N):
    """{parameter: (low, high)}: each estimate the task names lies in its band, all of them at
    once, with probability at least 1 − alpha (1 − alpha roughly, for the binomial)."""
    if family == "bernoulli":
        p = params["p"]
        return {"p": (binom.ppf(alpha / 2, size, p) / size, binom.isf(alpha / 2, size, p) / size)}
    if family == "poisson":
        mass = size * params["lam"]
        return {"lam": (poisson.ppf(alpha / 2, mass) / size, poisson.isf(alpha / 2, mass) / size)}
    if family == "gaussian":
        return gaussian_bands(params["mu"], params["sigma"], alpha, size)
    if family == "uniform":
        return uniform_bands(params["a"], params["b"], alpha, size)
    return binomial_bands(params["n"], params["p"], size)


def gaussian_bands(mu, sigma, alpha, size):
    """x̄ ~ N(μ, σ²/N) exactly; Σ(xᵢ − x̄)²/σ² ~ χ²(N − 1), so s with either divisor, N or
    N − 1, lies between σ·√(χ²_low/N) and σ·√(χ²_high/(N − 1)). alpha/2 for each."""
    z = norm.isf(alpha / 4)
    low, high = chi2.ppf(alpha / 4, size - 1), chi2.isf(alpha / 4, size - 1)
    return {
        "mu": (mu - z * sigma / math.sqrt(size), mu + z * sigma / math.sqrt(size)),
        "sigma": (sigma * math.sqrt(low / size), sigma * math.sqrt(high / (size - 1))),
    }


def uniform_bands(a, b, alpha, size):
    """With uᵢ = (xᵢ − c)/h ∈ [−1, 1] (c the centre, h half the width), Hoeffding bounds |ū| by
    t₁ = √(2 ln(4/α)/N) and |mean(u²) − 1/3| by t₂ = √(ln(4/α)/(2N)), each but for α/2. Then
    x̄ ∓ √3·s (either divisor) is within h·(t₁ + δ) of the ends, δ the most √3·s can stray from h,
    and min, max (or their unbiased versions) are far closer still."""
    c, h = (a + b) / 2, (b - a) / 2
    t1 = math.sqrt(2 * math.log(4 / alpha) / size)
    t2 = math.sqrt(math.log(4 / alpha) / (2 * size))
    shrink = 1 - math.sqrt(max(0.0, 1 - 3 * t2 - 3 * t1**2))
    grow = math.sqrt((1 + 3 * t2) * size / (size - 1)) - 1
    reach = h * (t1 + max(shrink, grow))
    return {"a": (c - h - reach, c - h + reach), "b": (c + h - reach, c + h + reach)}


def binomial_bands(n, p, size):
    """(x̄, D) with D = x̄ − s² is nearly normal with the covariance the delta method gives from
    the binomial's central moments; a correct sample lies inside its ellipse of Mahalanobis
    radius BINOMIAL_SE but for probability e^(−BINOMIAL_SE²/2). The bands are the ranges of
    n̂ = x̄²/D and p̂ = D/x̄ over that ellipse, widened so that n̂ rounded to a whole number, then
    p̂ = x̄/round(n̂), and s² with the N − 1 divisor also pass."""
    var = n * p * (1 - p)
    mu3 = var * (1 - 2 * p)
    mu4_minus_var2 = 2 * var**2 + var * (1 - 6 * p * (1 - p))
    # Var x̄ = σ²/N, Cov(x̄, s²) ≈ μ₃/N, Var s² ≈ (μ₄ − σ⁴)/N, so for (x̄, x̄ − s²):
    cross = var - mu3
    covariance = np.array([[var, cross], [cross, var + mu4_minus_var2 - 2 * mu3]]) / size
    angles = np.linspace(0, 2 * np.pi, 4001)
    circle = np.stack([np.cos(angles), np.sin(angles)])
    m, d = np.array([[n * p], [n * p * p]]) + BINOMIAL_SE * np.linalg.cholesky(covariance) @ circle
    d_ddof1 = d - (m - d) / (size - 1)  # x̄ − s² when s² divides by N − 1
    n_hat = np.concatenate([m**2 / d, m**2 / d_ddof1])
    p_hat = np.concatenate([d / m, d_ddof1 / m])
    n_lo, n_hi = float(n_hat.min()), float(n_hat.max())
    whole_lo, whole_hi = max(1, math.floor(n_lo + 0.5)), math.floor(n_hi + 0.5)
    return {
        "n": (n_lo - 0.5, n_hi + 0.5),
        "p": (min(p_hat.min(), m.min() / whole_hi), max(p_hat.max(), m.max() / whole_lo)),
    }


# --- reading the learner's answer ----------------------------------------------------------------


def name_in(got):
    """The family's name in the learner's answer, or a phrase saying what is wrong with it."""
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        return None, f"must return a pair (name, params), not {repr(got)[:120]}"
    name = got[0]
    if not isinstance(name, str):
        return None, f"must return the family's name as a string first, not {repr(name)[:80]}"
    if name.strip().lower() not in KEYS:
        return None, f"returned the name {name!r}, which is none of {', '.join(map(repr, KEYS))}"
    return name.strip().lower(), None


def read(got):
    """(name, {key: float}) from the learner's answer, or a phrase saying what is wrong with it."""
    name, wrong = name_in(got)
    if wrong:
        return wrong
    params = got[1]
    if not isinstance(params, Mapping):
        return f"must return the parameters as a dict second, not {repr(params)[:80]}"
    if set(params) != set(KEYS[name]):
        keys = ", ".join(repr(k) for k in KEYS[name])
        return f"named {name!r} with the keys {sorted(map(str, params))}; a {name} has {keys}"
    values = {}
    for key in KEYS[name]:
        try:
            values[key] = float(params[key])
        except (TypeError, ValueError):
            return f"gave {key} = {repr(params[key])[:60]}, which is not a number"
        if not math.isfinite(values[key]):
            return f"gave {key} = {values[key]}, which is not finite"
    return name, values


def answer_on(learner, x):
    got = learner.call(SIGNATURE, x)
    found = read(got)
    return found if not isinstance(found, str) else Mismatch(found, got=repr(got)[:200])


# --- the family ----------------------------------------------------------------------------------


def evidence(family, x):
    """What tells this sample's family apart, in numbers, for the message."""
    if family == "bernoulli":
        return "only 0s and 1s"
    if family in ("binomial", "poisson"):
        return f"whole numbers, variance/mean {np.var(x) / np.mean(x):.3f}"
    z = x - np.mean(x)
    return f"real numbers, excess kurtosis {np.mean(z**4) / np.mean(z**2) ** 2 - 3:.2f}"


def family_names(learner, rng, alpha):
    """Every sample named by its family. (The reference's rules, with thresholds halfway between
    the families, err here with probability far below alpha: see the drill's tests.)"""
    confused = []
    for family, settings in SETTINGS.items():
        for params in settings:
            x = draw(family, params, rng)
            got = learner.call(SIGNATURE, x)
            name, wrong = name_in(got)
            if wrong:
                return Mismatch(f"{wrong} (on a {family} sample)", got=repr(got)[:200])
            if name != family:
                confused.append((family, params, name, evidence(family, x)))
    if not confused:
        return None
    said = "; ".join(
        f"{family} ({named(params)}; {seen}) as {got!r}" for family, params, got, seen in confused
    )
    pairs = {(family, got) for family, _, got, _ in confused}
    mistake = None
    if ("binomial", "poisson") in pairs and ("poisson", "binomial") in pairs:
        mistake = "poisson-binomial-swapped"
    elif ("bernoulli", "binomial") in pairs:
        mistake = "bernoulli-called-binomial"
    return Mismatch(
        f"named {len(confused)} of {sum(map(len, SETTINGS.values()))} samples wrong: {said}",
        expected="each sample's own family",
        got=f"{len(confused)} wrong",
        mistake=mistake,
    )


# --- the parameters of each family ---------------------------------------------------------------


def near(got, value):
    return abs(got - value) <= SAME * max(1.0, abs(value))


def mistake_in(family, x, values):
    """The catalogued estimate the learner's values are, on this sample, if any."""
    mean, spreads = np.mean(x), [np.std(x), np.std(x, ddof=1)]
    if family == "gaussian" and any(near(values["sigma"], s * s) for s in spreads):
        return "sigma-as-variance"
    if family == "uniform" and any(
        near(values["a"], mean - s) and near(values["b"], mean + s) for s in spreads
    ):
        return "uniform-mean-plus-std"
    if family == "binomial":
        if near(values["n"], np.max(x)):
            return "binomial-n-max"
        if any(near(values["p"], s * s / mean) for s in spreads):
            return "binomial-p-swapped"
    return None


def parameters_of(family):
    def test(learner, rng, alpha):
        settings = SETTINGS[family]
        each = alpha / len(settings)
        for params in settings:
            x = draw(family, params, rng)
            found = answer_on(learner, x)
            if isinstance(found, Mismatch):
                return found
            name, values = found
            if name != family:
                return Mismatch(
                    f"named a {family} sample ({named(params)}) {name!r}, so it gave no "
                    f"{family} parameters to judge (the step on the names says more)",
                    expected=family,
                    got=name,
                )
            band = bands(family, params, each)
            outside = [k for k in KEYS[family] if not band[k][0] <= values[k] <= band[k][1]]
            if outside:
                ranges = ", ".join(f"{k} in [{lo:.4g}, {hi:.4g}]" for k, (lo, hi) in band.items())
                return Mismatch(
                    f"gave {named(values)} for a {family} sample of N = {N} with "
                    f"{named(params)}; a correct estimate lies in {ranges}",
                    expected=ranges,
                    got=named(values),
                    tolerance=f"a band correct estimates leave with probability below {each:.1e}",
                    mistake=mistake_in(family, x, values),
                )
        return None

    return test


CHECKS = [
    Statistical("family", family_names, BUDGET, seed=20261203, needs=(SIGNATURE,)),
    *[
        Statistical(
            f"{family} parameters", parameters_of(family), BUDGET, seed=7 + i, needs=(SIGNATURE,)
        )
        for i, family in enumerate(KEYS)
    ],
]
