"""What crosses the wire from the learner's process: sets of plain members as sets, else Foreign."""

from __future__ import annotations

import pytest

from mathlings.checker.wire import Foreign, WireError, decode, dumps, loads


@pytest.mark.parametrize(
    "value", [set(), {"stationarity", "dual feasibility"}, frozenset({1, 2.5, None})]
)
def test_a_set_of_numbers_and_strings_crosses_as_that_set(value: set) -> None:
    back = loads(dumps(value))
    assert back == value and type(back) is type(value)


def test_a_set_of_other_things_crosses_as_foreign() -> None:
    back = loads(dumps({(1, 2), (3, 4)}))
    assert isinstance(back, Foreign) and back.type_name == "set"


def test_a_set_node_with_an_unhashable_member_is_refused() -> None:
    with pytest.raises(WireError):
        decode(["S", False, [["l", []]]])
