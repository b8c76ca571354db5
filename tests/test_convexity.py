"""The convexity drills' labelled sets say what their tasks claim: the convex functions have no
chord below the graph, each non-convex one breaks at least 17% of random triples (so a correct
search of 200 pairs misses with probability below 1e-16), and the witness data sets leave room
for a clear violation."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from mathlings.catalog import load_course

COURSE = load_course()


def module(drill_id: str, name: str):
    path = Path(COURSE.drill(drill_id).path) / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"{drill_id}_{name}", path)
    found = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(found)
    return found


CHECK = module("convexity", "check")


def triples(low, high, rng, n, midpoint=False):
    for _ in range(n):
        x, y = rng.uniform(low, high), rng.uniform(low, high)
        yield x, y, 0.5 if midpoint else rng.uniform()


def broken_fraction(f, low, high, n=2000, midpoint=False) -> float:
    rng = np.random.default_rng(7)
    broken = [
        CHECK.gaps(f, x, y, t)[0] > CHECK.CHORD_TOL
        for x, y, t in triples(low, high, rng, n, midpoint)
    ]
    return float(np.mean(broken))


@pytest.mark.parametrize("f, low, high", CHECK.CONVEX, ids=lambda v: getattr(v, "__name__", ""))
def test_no_convex_function_of_the_chord_check_has_a_chord_below_its_graph(f, low, high):
    assert broken_fraction(f, low, high, n=2000) == 0.0


@pytest.mark.parametrize("f, low, high", CHECK.NOT_CONVEX, ids=lambda v: getattr(v, "__name__", ""))
@pytest.mark.parametrize("midpoint", [False, True], ids=["uniform t", "t = 1/2"])
def test_every_non_convex_function_breaks_at_least_17_percent_of_triples(f, low, high, midpoint):
    assert broken_fraction(f, low, high, midpoint=midpoint) >= 0.17
    assert (1 - 0.17) ** CHECK.N_PAIRS < 1e-16


def test_the_reference_witness_clears_the_chord_by_far_more_than_the_margin():
    check, solution = module("loss-convexity", "check"), module("loss-convexity", "solution")
    for X, y in check.WITNESS_DATA:
        W_a, v_a, W_b, v_b, t = solution.nonconvex_witness(X, y)
        chord = t * check.check_loss(X, y, W_a, v_a) + (1 - t) * check.check_loss(X, y, W_b, v_b)
        between = check.check_loss(X, y, t * W_a + (1 - t) * W_b, t * v_a + (1 - t) * v_b)
        assert between - chord > 1000 * check.WITNESS_MARGIN


class Witness:
    """A learner whose nonconvex_witness returns the same network twice."""

    def call(self, name, X, y):
        W, v = np.ones((2, X.shape[1])), np.array([1.0, -1.0])
        return W, v, W.copy(), v.copy(), 0.5


def test_a_witness_of_one_network_twice_is_told_so_not_named_a_mistake():
    found = module("loss-convexity", "check").witness(Witness())
    assert found is not None and found.mistake is None
    assert found.detail.startswith("a and b are the same network")
