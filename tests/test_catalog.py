"""Names: an unknown one gets the closest names of its own kind and the command that lists them."""

from __future__ import annotations

import pytest

from mathlings import cli
from mathlings.catalog import UnknownName, closest_names, load_course
from mathlings.labs import LABS, run_lab

COURSE = load_course()
DRILLS, TOPICS = list(COURSE.drills), list(COURSE.topics)


@pytest.mark.parametrize(
    ("name", "choices", "closest"),
    [
        ("covarience", DRILLS, ["covariance-identity"]),
        ("covarience", TOPICS, ["covariance-and-pca"]),
        ("eigen", TOPICS, ["eigenvalues"]),
        ("eigenvalue", TOPICS, ["eigenvalues"]),
        ("matmul-from-scrach", DRILLS, ["matmul-from-scratch"]),
        ("recomender", DRILLS, ["recommender"]),
        ("pac", list(LABS), ["pca"]),
        ("nope", list(LABS), []),
        ("nope", DRILLS, []),
    ],
)
def test_the_closest_names_are_the_ones_meant(name: str, choices: list[str], closest: list[str]):
    assert closest_names(name, choices) == closest


def test_a_misspelt_name_is_never_matched_to_an_unrelated_one() -> None:
    assert "recommender" not in closest_names("covarience", DRILLS + TOPICS)


def test_an_unknown_topic_points_at_the_lessons_list_not_the_drills() -> None:
    with pytest.raises(UnknownName) as caught:
        COURSE.topic("eigen")
    message = str(caught.value)
    assert "Did you mean eigenvalues?" in message
    assert message.endswith("`mathlings lesson` lists them all.")
    assert "eigen-2x2" not in message  # a drill, not a topic


def test_an_unknown_lab_points_at_the_labs_list(tmp_path) -> None:
    with pytest.raises(UnknownName) as caught:
        run_lab("nope", tmp_path)
    assert str(caught.value) == "There is no lab called 'nope'. `mathlings lab` lists them all."


def test_an_unknown_drill_still_points_at_list() -> None:
    with pytest.raises(UnknownName, match="`mathlings list` shows them all"):
        COURSE.drill("covarience")


def test_a_drill_given_to_lesson_opens_its_topics_lesson(capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    drill = COURSE.drill("mse-gradient")
    assert COURSE.topic(drill.id).id == drill.topic
    assert cli.main(["lesson", drill.id]) == 0
    out = capsys.readouterr().out
    assert f"topic {drill.topic}" in out
    assert COURSE.topics[drill.topic].title in out


def test_a_name_that_is_a_topic_and_a_drill_is_the_topic() -> None:
    both = set(DRILLS) & set(TOPICS)
    for name in both:
        assert COURSE.topic(name) is COURSE.topics[name]


def test_lesson_and_lab_without_a_name_list_their_names(capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(["lesson"]) == 0
    lessons = capsys.readouterr().out
    assert all(topic in lessons for topic in TOPICS)
    assert cli.main(["lab"]) == 0
    labs = capsys.readouterr().out
    assert all(f"  {name} " in labs for name in LABS)
