"""A learner's plot is checked by what it draws: a matplotlib Figure crosses the wire as plain data
(its lines' points and labels, the axis labels, title, legend and scales), a malformed plot node
is refused, and `plotted` says exactly what the figure lacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from matplotlib.figure import Figure

from mathlings.catalog import Course
from mathlings.checker import Curve, Sandbox, check, plotted
from mathlings.checker.wire import Foreign, Plot, WireError, decode, dumps, encode, loads

XS = np.arange(4.0)
CURVES = [
    Curve(np.array([0.0, 1.0, 1.5, 1.75]), "the trajectory for η = 0.5", label=0.5),
    Curve(np.array([0.0, 2.0, 2.0, 2.0]), "the trajectory for η = 1", label=1.0),
]


def figure(*curves: tuple[np.ndarray, str], xlabel: str = "t", ylabel: str = "x_t") -> Figure:
    fig = Figure()
    ax = fig.subplots()
    for y, label in curves:
        ax.plot(XS, y, label=label)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return fig


def crossed(value: object) -> object:
    return loads(dumps(value))


def judged(fig: object, curves: list[Curve] = CURVES) -> str | None:
    found = plotted(each="learning rate")(curves, crossed(fig), ())
    return None if found is None else found.message


# --- the wire ----------------------------------------------------------------------------------


def test_a_figure_crosses_as_its_lines_labels_and_scales() -> None:
    fig = Figure()
    ax = fig.subplots()
    ax.plot([0, 1, 2], [3.0, 4.0, 5.0], "--o", label="η = 0.02")
    ax.plot([1.0, 0.5])
    ax.set(xlabel="t", ylabel="x_t", title="three rates", yscale="log")
    ax.legend()
    fig.legend(["on the figure"])
    plot = crossed(fig)
    assert isinstance(plot, Plot)
    (axes,) = plot.axes
    first, second = axes.lines
    assert first.x.tolist() == [0.0, 1.0, 2.0] and first.y.tolist() == [3.0, 4.0, 5.0]
    assert (first.label, first.linestyle, first.marker) == ("η = 0.02", "--", "o")
    assert second.x.tolist() == [0.0, 1.0] and second.label == "" and second.marker == ""
    assert (axes.xlabel, axes.ylabel, axes.title) == ("t", "x_t", "three rates")
    assert (axes.xscale, axes.yscale) == ("linear", "log")
    assert axes.legend == ("η = 0.02",)
    assert plot.legend == ("on the figure",)
    assert first.x.dtype == np.float64 and not first.x.flags.writeable


def test_hidden_lines_and_axes_do_not_cross() -> None:
    fig = Figure()
    left, right = fig.subplots(1, 2)
    left.plot([1.0, 2.0])[0].set_visible(False)
    right.set_visible(False)
    (axes,) = crossed(fig).axes
    assert axes.lines == ()


def test_a_figure_subclass_is_foreign() -> None:
    class Drawing(Figure):
        pass

    got = crossed(Drawing())
    assert isinstance(got, Foreign)
    assert got.type_name.endswith("Drawing")


def test_a_figure_over_the_cap_is_foreign_and_says_why() -> None:
    fig = Figure()
    ax = fig.subplots()
    for i in range(65):
        ax.plot([float(i)])
    got = crossed(fig)
    assert got == Foreign(
        "matplotlib.figure.Figure", "a figure with more than 64 lines on one Axes"
    )


def test_encoding_a_value_does_not_import_matplotlib() -> None:
    code = (
        "import sys; from mathlings.checker.wire import dumps; dumps([1.0, object()]); "
        "assert 'matplotlib' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def good_node() -> list:
    return encode(figure((CURVES[0].y, "η = 0.5")))


def malformed() -> list[list]:
    nodes = []
    for change in (
        lambda n: n.append([]),  # a third field
        lambda n: n[1].append("axes"),  # Axes that are not a list
        lambda n: n[1][0].pop(),  # Axes without a y scale
        lambda n: n[1][0].__setitem__(1, 3),  # an x label that is a number
        lambda n: n[1][0][0][0].__setitem__(2, None),  # a label that is not a string
        lambda n: n[1][0][0][0].__setitem__(1, encode(np.zeros(2))),  # y shorter than x
        lambda n: n[1][0][0][0][0].__setitem__(1, "<i8"),  # integer points
        lambda n: n[1][0][0][0].__setitem__(0, ["s", "1"]),  # points that are no array
        lambda n: n[1][0][0][0][0].__setitem__(2, [2, 2]),  # points that are a matrix
        lambda n: n[1][0][0].extend(n[1][0][0] * 64),  # over the cap of lines
        lambda n: n[1][0].__setitem__(1, "t" * 1001),  # a text over the cap
        lambda n: n.__setitem__(2, "legend"),  # a figure legend that is no list
    ):
        node = good_node()
        change(node)
        nodes.append(node)
    return nodes


@pytest.mark.parametrize("node", malformed())
def test_a_malformed_plot_node_is_refused(node: list) -> None:
    with pytest.raises(WireError):
        decode(node)


# --- the comparator ----------------------------------------------------------------------------


def test_a_figure_with_every_curve_labelled_passes_in_any_order_with_extras() -> None:
    fig = figure((CURVES[1].y, "η = 1.0"), (XS, "extra"), (CURVES[0].y, "lr=0.5"))
    fig.axes[0].set_yscale("log")
    assert judged(fig) is None


def test_the_x_data_may_be_left_out() -> None:
    fig = Figure()
    ax = fig.subplots()
    for curve in CURVES:
        ax.plot(curve.y, label=f"η = {curve.label}")
    ax.set(xlabel="t", ylabel="x")
    assert judged(fig) is None


def test_too_few_lines_are_counted_against_what_is_due() -> None:
    message = judged(figure((CURVES[0].y, "η = 0.5")))
    assert message == "your figure has 1 line; two are due, one per learning rate"
    assert judged(figure()) == "your figure has no lines; two are due, one per learning rate"


def test_a_missing_curve_is_named() -> None:
    fig = figure((CURVES[0].y, "η = 0.5"), (CURVES[0].y * 2, "η = 1"))
    assert judged(fig) == "no line follows the trajectory for η = 1"


def test_a_curve_at_the_wrong_x_says_so() -> None:
    fig = figure((CURVES[0].y, "η = 0.5"))
    fig.axes[0].plot(XS + 1, CURVES[1].y, label="η = 1")
    found = plotted()(CURVES, crossed(fig), ())
    assert found.message == "no line follows the trajectory for η = 1"
    assert found.detail.startswith("One of your lines has its values, but at x = 1, 2, 3")


@pytest.mark.parametrize(
    ("label", "message"),
    [
        ("", "the line that follows the trajectory for η = 1 has no label; label it with 1"),
        (
            "lr",
            "the line that follows the trajectory for η = 1 is labelled 'lr', which does not "
            "show 1",
        ),
        (
            "η = 0.0",
            "the line that follows the trajectory for η = 1 is labelled 'η = 0.0', which "
            "does not show 1",
        ),
    ],
)
def test_a_line_must_be_labelled_with_its_value(label: str, message: str) -> None:
    assert judged(figure((CURVES[0].y, "η = 0.5"), (CURVES[1].y, label))) == message


@pytest.mark.parametrize("label", ["η = 1", "η=1.00", "lr 1e0", "η ≈ 1.0"])
def test_a_label_shows_the_value_to_the_digits_written(label: str) -> None:
    assert judged(figure((CURVES[0].y, "0.5"), (CURVES[1].y, label))) is None


def test_unlabelled_axes_are_named() -> None:
    both = [(CURVES[0].y, "η = 0.5"), (CURVES[1].y, "η = 1")]
    assert judged(figure(*both, xlabel="")) == "the x axis has no label"
    assert judged(figure(*both, ylabel="")) == "the y axis has no label"
    assert judged(figure(*both, xlabel="", ylabel="")) == "neither axis has a label"


@pytest.mark.parametrize(
    ("got", "message"),
    [
        (None, "returned None; expected a matplotlib Figure"),
        ([1.0, 2.0], "returned a list; expected a matplotlib Figure"),
        (
            Foreign("matplotlib.axes._axes.Axes", "<Axes: >"),
            "returned an Axes, not the Figure: return the figure it is on (ax.figure, or fig "
            "from fig, ax = plt.subplots())",
        ),
        (
            Foreign("matplotlib.figure.Figure", "a figure with more than 16 Axes"),
            "returned a figure with more than 16 Axes",
        ),
    ],
)
def test_what_is_not_a_figure_is_named(got: object, message: str) -> None:
    assert plotted()(CURVES, got, ()).message == message


# --- through the checker -----------------------------------------------------------------------


def learner_file(course: Course, tmp_path: Path, old: str, new: str) -> Path:
    source = (course.drill("gd-1d").path / "solution.py").read_text()
    assert old in source
    file = tmp_path / "gd_1d.py"
    file.write_text(source.replace(old, new))
    return file


def test_a_plot_with_an_unlabelled_axis_fails_with_that_sentence(
    course: Course, sandbox: Sandbox, tmp_path: Path
) -> None:
    file = learner_file(course, tmp_path, 'ax.set_xlabel("step t")', "pass")
    verdict = check(course.drill("gd-1d"), file=file, sandbox=sandbox)
    assert verdict.status == "fail"
    assert verdict.message == "Step `plot`: the x axis has no label"


def test_a_plot_that_returns_its_axes_is_told_to_return_the_figure(
    course: Course, sandbox: Sandbox, tmp_path: Path
) -> None:
    file = learner_file(course, tmp_path, "return fig", "return ax")
    verdict = check(course.drill("gd-1d"), file=file, sandbox=sandbox)
    assert verdict.status == "fail"
    assert verdict.message.startswith("Step `plot`: returned an Axes, not the Figure")


def test_a_learners_figure_subclass_does_not_cross(
    course: Course, sandbox: Sandbox, tmp_path: Path
) -> None:
    file = learner_file(
        course,
        tmp_path,
        "    fig = Figure()",
        "    class Mine(Figure):\n        pass\n\n    fig = Mine()",
    )
    verdict = check(course.drill("gd-1d"), file=file, sandbox=sandbox)
    assert verdict.status == "fail"
    assert verdict.message.endswith("Mine; expected a matplotlib Figure")
