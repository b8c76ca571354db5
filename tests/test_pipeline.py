"""The Pipeline kind: a learner's functions composed, each stage on what the ones before gave it,
judged as a whole against one oracle and stage by stage on the learner's own intermediate
answers."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import strategies as st

from mathlings.checker import Check, Context, Pipeline, Stage, close
from mathlings.checker.learner import Learner

VECTORS = st.lists(st.integers(-5, 5), min_size=1, max_size=4).map(lambda v: np.array(v, float))


def pipeline() -> Pipeline:
    """scale(x) = 2x, then split into (y, total), then shift(y, total, c) = y + total + c."""
    return Pipeline(
        "chain(x, c)",
        stages=[
            Stage("scale(x)", "y", lambda x: 2 * x),
            Stage("split(y)", ("y2", "total")),  # no oracle: not judged on its own
            Stage("shift(y2, total, c)", "z", lambda y2, total, c: y2 + total + c),
        ],
        inputs=st.tuples(VECTORS, st.integers(-3, 3)),
        expected=lambda x, c: 2 * x + 2 * x.sum() + c,
        compare=close(),
        examples=20,
    )


RIGHT = {
    "scale": lambda x: 2 * x,
    "split": lambda y: (y, float(y.sum())),
    "shift": lambda y2, total, c: y2 + total + c,
}


def learner(**functions) -> Learner:
    return Learner(RIGHT | functions, frozenset())


def run(who: Learner, mistakes=()):
    return pipeline().run(Context(who, mistakes))


def test_a_pipeline_is_a_check_named_by_its_step() -> None:
    found = Pipeline("chain(x, c)", name="the whole chain", stages=pipeline().stages,
                     inputs=st.tuples(VECTORS, st.integers()), expected=lambda x, c: x)  # fmt: skip
    assert isinstance(found, Check) and found.step == "the whole chain"
    assert found.needs == ["scale(x)", "split(y)", "shift(y2, total, c)"]


def test_right_stages_composed_pass() -> None:
    assert run(learner()).status == "pass"


def test_a_wrong_first_stage_is_the_only_one_called_wrong_on_what_it_gave_the_rest() -> None:
    outcome = run(learner(scale=lambda x: 3 * x))
    assert outcome.status == "fail"
    assert "scale(x) wrong, shift(y2, total, c) right" in outcome.message


def test_a_wrong_last_stage_is_called_wrong_and_the_earlier_ones_right() -> None:
    outcome = run(learner(shift=lambda y2, total, c: y2 + total - c))
    assert outcome.status == "fail"
    assert "scale(x) right, shift(y2, total, c) wrong" in outcome.message


def test_a_known_mistake_is_named_by_running_it_composed_the_same_way() -> None:
    wrong = {"scale": lambda x: 3 * x}
    other = {"shift": lambda y2, total, c: y2 - total + c}
    mistakes = [("other", learner(**other)), ("times-three", learner(**wrong))]
    assert run(learner(**wrong), mistakes).mistake == "times-three"


def test_a_stage_that_returns_no_tuple_where_one_is_due_is_a_learner_error() -> None:
    outcome = run(learner(split=lambda y: y))
    assert outcome.status == "error"
    assert "split(y) must return a tuple (y2, total)" in outcome.message


def test_a_stage_answer_that_is_not_numbers_is_said_so() -> None:
    outcome = run(learner(scale=lambda x: "twice"))
    assert outcome.status == "error" and "scale(x) returned" in outcome.message


def test_a_stage_that_reads_a_name_nothing_gives_is_refused_when_check_py_loads() -> None:
    with pytest.raises(ValueError, match="shift\\(w, c\\) reads w"):
        Pipeline("chain(x, c)", stages=[Stage("scale(x)", "y"), Stage("shift(w, c)", "z")],
                 inputs=st.tuples(VECTORS, st.integers()), expected=lambda x, c: x)  # fmt: skip


class _Catalogue(list):
    """A list of (id, learner) with the ids beside it, as the engine's catalogue has them."""

    @property
    def ids(self) -> list[str]:
        return [mistake_id for mistake_id, _ in self]


def test_where_two_mistakes_compose_alike_the_one_a_stage_named_is_named() -> None:
    # Two catalogued mistakes that give the chain the same answer: the one an earlier step of
    # the verdict named is the one this step names, so the steps do not contradict each other.
    wrong = {"scale": lambda x: 3 * x}
    same = {"scale": lambda x: x + x + x}
    mistakes = _Catalogue([("listed-first", learner(**same)), ("named-before", learner(**wrong))])
    ctx = Context(learner(**wrong), mistakes, named=["named-before"])
    assert pipeline().run(ctx).mistake == "named-before"
    assert run(learner(**wrong), mistakes).mistake == "listed-first"
