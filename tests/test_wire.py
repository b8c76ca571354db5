"""What crosses the wire from the learner's process: sets of plain members as sets, else Foreign."""

from __future__ import annotations

import pytest

from mathlings.checker.wire import MAX_KEYS, Foreign, WireError, decode, dumps, loads


@pytest.mark.parametrize(
    "value", [set(), {"stationarity", "dual feasibility"}, frozenset({1, 2.5, None})]
)
def test_a_set_of_numbers_and_strings_crosses_as_that_set(value: set) -> None:
    back = loads(dumps(value))
    assert back == value and type(back) is type(value)


def test_a_set_of_numpy_scalars_crosses_as_the_numbers_they_are() -> None:
    import numpy as np

    assert loads(dumps(set(np.flatnonzero([True, False, True])))) == {0, 2}
    assert loads(dumps({np.float64(0.5), np.True_})) == {0.5, True}


def test_a_set_of_other_things_crosses_as_foreign() -> None:
    back = loads(dumps({(1, 2), (3, 4)}))
    assert isinstance(back, Foreign) and back.type_name == "set"


def test_a_set_node_with_an_unhashable_member_is_refused() -> None:
    with pytest.raises(WireError):
        decode(["S", False, [["l", []]]])


def test_keys_chosen_to_collide_cannot_make_the_judge_hash_for_long() -> None:
    # hash(k·(2⁶¹ − 1)) is 0 for every k: rebuilding such a dict or set is quadratic.
    colliding = [k * (2**61 - 1) for k in range(MAX_KEYS + 1)]
    for value in (dict.fromkeys(colliding, 0), set(colliding)):
        assert isinstance(loads(dumps(value)), Foreign)
    with pytest.raises(WireError):
        decode(["d", [[["i", str(k)], ["n"]] for k in colliding]])
    with pytest.raises(WireError):
        decode(["S", False, [["i", str(k)] for k in colliding]])
