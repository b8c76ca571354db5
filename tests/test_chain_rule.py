"""Drill-specific properties of the chain-rule topic: the paper drill backprop-by-hand is part of
the bar (its reference states the four partials, so no lesson or hint may give them away), its
verdict says which factor of a wrong partial is off, and tiny-autograd is judged on relu at 0."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_giveaway import formula_answers

from mathlings.catalog import load_course
from mathlings.checker import Sandbox, check

COURSE = load_course()
REFERENCE = {
    "dL_dw2_i": "(p - y)*h_i",
    "dL_db2": "p - y",
    "dL_dW1_ij": "(p - y)*w2_i*r_i*x_j",
    "dL_db1_i": "(p - y)*w2_i*r_i",
}


def test_backprop_by_hand_states_its_four_partials_in_its_reference() -> None:
    answers = formula_answers(COURSE.drill("backprop-by-hand"))
    assert set(answers) == {"∂L/∂w₂ᵢ", "∂L/∂b₂", "∂L/∂W₁ᵢⱼ", "∂L/∂b₁ᵢ"}


def paper(tmp_path: Path, **changes: str) -> Path:
    file = tmp_path / "answers.py"
    file.write_text("".join(f"{k} = {v!r}\n" for k, v in {**REFERENCE, **changes}.items()))
    return file


@pytest.mark.parametrize(
    ("name", "wrong", "said"),
    [
        ("dL_dW1_ij", "(p - y)*w2_i*x_j*h_i*r_i", "one factor too many: h_i"),
        ("dL_db1_i", "(p - y)*r_i*w2_i*w2_i", "one factor too many: w2_i"),
        ("dL_dw2_i", "(p - y)", "lacks a factor: h_i"),
        ("dL_db2", "(y - p)*p*(1 - p)*2", None),  # two things off: no single factor to name
    ],
)
def test_a_wrong_partial_is_told_which_factor_is_off(
    name: str, wrong: str, said: str | None, sandbox: Sandbox, tmp_path: Path
) -> None:
    verdict = check(
        COURSE.drill("backprop-by-hand"), file=paper(tmp_path, **{name: wrong}), sandbox=sandbox
    )
    assert verdict.status == "fail"
    assert verdict.to_dict()["step"] == name  # the one failing step: the verdict's detail is its
    detail = verdict.to_dict()["detail"] or ""
    assert (said in detail) if said else ("factor" not in detail), detail


def test_a_method_left_unwritten_is_named_not_the_driver_that_calls_it(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    drill = COURSE.drill("tiny-autograd")
    source = (drill.path / "solution.py").read_text()
    marker = "    def __rtruediv__(self, other):  # c / a = c · a⁻¹\n"
    assert marker in source
    file = tmp_path / "tiny_autograd.py"
    file.write_text(
        source.replace(marker, marker + '        raise NotImplementedError("write __rtruediv__")\n')
    )
    verdict = check(drill, file=file, sandbox=sandbox)
    assert verdict.status == "fail"
    assert verdict.message.startswith("Step `small graphs`: __rtruediv__ is not written yet")
    assert "gradients(program, inputs) calls it" in verdict.message


def test_a_backward_that_follows_every_path_runs_out_of_time_on_the_doubling_graph() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "ta_check", COURSE.drill("tiny-autograd").path / "check.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    program, inputs = module.doubling(40)
    output, grads = module.torch_gradients(program, inputs)
    assert output == pytest.approx(1.25) and grads == pytest.approx([1.0])
    assert (program, inputs) in module.DEEP
