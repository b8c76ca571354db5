"""Checks for uncorrelated-dependent: the learner's sample has correlation indistinguishable from
0 (z-test with the standard error estimated from their data) and fails a chi-square test of
independence on a 6 x 6 table of sextiles. Both at a false-alarm rate that adds up to 1e-6."""

import numpy as np

from mathlings.checker import Behaviour, Mismatch

N, SEED = 50_000, 20261203
Z_MAX = 5.0  # two-sided P(|Z| > 5) ≈ 5.7e-7 for a true correlation of 0
ALPHA_DEPENDENCE = 5e-7  # with the above: a correct pair fails less than once in 1e6 runs
BINS = 6


def _sample(learner):
    got = learner.call("uncorrelated_dependent_pair(n, seed)", N, SEED)
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        return None, Mismatch("must return a tuple (x, y) of two arrays", got=got)
    try:
        x, y = (np.asarray(v, dtype=float).ravel() for v in got)
    except (TypeError, ValueError):
        return None, Mismatch("returned values that are not arrays of numbers", got=got)
    if x.size != N or y.size != N:
        return None, Mismatch(f"returned arrays of {x.size} and {y.size} numbers; n = {N} is due")
    if not (np.isfinite(x).all() and np.isfinite(y).all()):
        return None, Mismatch("returned NaN or infinite values")
    if np.ptp(x) == 0 or np.ptp(y) == 0:
        return None, Mismatch("returned a constant array: a constant has no correlation at all")
    return (x, y), None


def correlation_z(x, y):
    xc, yc = x - x.mean(), y - y.mean()
    sx, sy = np.sqrt(np.mean(xc**2)), np.sqrt(np.mean(yc**2))
    r = float(np.mean(xc * yc) / (sx * sy))
    se = float(np.sqrt(np.mean(xc**2 * yc**2)) / (sx * sy * np.sqrt(len(x))))
    return r, se


def sextile_table(x, y):
    def bins(v):
        ranks = np.argsort(np.argsort(v, kind="stable"), kind="stable")
        return ranks * BINS // len(v)

    table = np.zeros((BINS, BINS))
    np.add.at(table, (bins(x), bins(y)), 1)
    return table


def uncorrelated(learner):
    pair, problem = _sample(learner)
    if problem:
        problem.call = f"uncorrelated_dependent_pair(n={N}, seed={SEED})"
        return problem
    r, se = correlation_z(*pair)
    if abs(r) <= Z_MAX * se:
        return None
    return Mismatch(
        f"gave a pair with sample correlation r = {r:.4f}, {abs(r) / se:.1f} standard errors "
        f"from 0 (se = {se:.4f}); the true correlation must be exactly 0",
        tolerance=f"|r| ≤ {Z_MAX:g}·se, a false alarm for a correct pair about 6e-7",
        mistake="correlated",
    )


def dependent(learner):
    pair, problem = _sample(learner)
    if problem:
        return problem
    from scipy.stats import chi2_contingency

    table = sextile_table(*pair)
    table = table[table.sum(axis=1) > 0][:, table.sum(axis=0) > 0]
    if min(table.shape) < 2:
        return Mismatch("has too few distinct values to sort into sextiles")
    p_value = float(chi2_contingency(table).pvalue)
    if p_value < ALPHA_DEPENDENCE:
        return None
    return Mismatch(
        f"looks independent: a chi-square test on the 6 x 6 table of sextiles finds no "
        f"dependence (p = {p_value:.2g}, and it must be below {ALPHA_DEPENDENCE:g}); make Y "
        "depend on X, for instance through |X| or X²",
        tolerance=f"chi-square test of independence at level {ALPHA_DEPENDENCE:g}",
        mistake="independent",
    )


NEEDS = ("uncorrelated_dependent_pair(n, seed)",)
CHECKS = [
    Behaviour("zero correlation", uncorrelated, needs=NEEDS),
    Behaviour("dependence", dependent, needs=NEEDS),
]
