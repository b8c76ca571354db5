"""A plain install is a working tool: SciPy, scikit-learn and SymPy are dependencies, torch an
extra, and a drill or lab whose oracle is missing says what to install before anything is checked.
"""

from __future__ import annotations

import ast
import importlib.metadata
import importlib.util
import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from mathlings import cli
from mathlings.actions import check_drills
from mathlings.catalog import Course, load_course
from mathlings.labs import run_lab
from mathlings.packages import KNOWN, NotInstalled
from mathlings.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
COURSE = load_course()
TORCH_DRILLS = [d.id for d in COURSE.drills.values() if "torch" in d.needs]


def requirement_names(requirements: list[str]) -> set[str]:
    return {re.split(r"[<>=!~\[;\s]", r, maxsplit=1)[0].lower() for r in requirements}


def pretend_missing(monkeypatch: pytest.MonkeyPatch, *modules: str) -> None:
    real = importlib.util.find_spec

    def find_spec(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.partition(".")[0] in modules:
            return None
        return real(name, *args, **kwargs)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)


class NoChecker:
    """A sandbox that fails the test if anything reaches it."""

    def run(self, job: dict[str, Any]) -> Any:
        raise AssertionError(f"{job['drill']} went to the checker")

    def close(self) -> None:
        pass


def test_scipy_scikit_learn_and_sympy_are_plain_dependencies_and_torch_an_extra() -> None:
    assert {"scipy", "scikit-learn", "sympy"} <= requirement_names(PROJECT["dependencies"])
    assert "torch" not in requirement_names(PROJECT["dependencies"])
    assert PROJECT["optional-dependencies"]["torch"] == ["torch>=2.2"]


def test_the_setup_script_pins_torch_first_and_installs_only_extras_that_exist() -> None:
    setup = (ROOT / "scripts" / "setup").read_text()
    assert setup.index('"torch==2.13.0"') < setup.index('-e ".[')
    groups = re.findall(r'-e "\.\[([^\]]*)\]"', setup)
    assert groups, "scripts/setup installs the project with its extras"
    for group in groups:
        assert set(group.split(",")) <= set(PROJECT["optional-dependencies"]), group
        assert "torch" in group.split(",")


def test_every_module_a_check_imports_beyond_the_dependencies_is_in_its_needs() -> None:
    module_of = {p.distribution: p.module for p in KNOWN.values()}
    provided = {
        "mathlings",
        *sys.stdlib_module_names,
        *(module_of.get(n, n) for n in requirement_names(PROJECT["dependencies"])),
    }
    for drill in COURSE.drills.values():
        tree = ast.parse((drill.path / "check.py").read_text())
        imported = {
            a.name.partition(".")[0]
            for n in ast.walk(tree)
            if isinstance(n, ast.Import)
            for a in n.names
        }
        imported |= {
            n.module.partition(".")[0]
            for n in ast.walk(tree)
            if isinstance(n, ast.ImportFrom) and n.module and not n.level
        }
        declared = {n.partition(".")[0] for n in drill.needs}
        assert imported - provided <= declared, drill.id


def test_a_drill_whose_oracle_is_missing_says_what_to_install_and_never_reaches_the_checker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pretend_missing(monkeypatch, "torch")
    drill = COURSE.drill(TORCH_DRILLS[0])
    [verdict] = check_drills(
        COURSE,
        [drill],
        None,
        file=drill.path / "solution.py",
        sandbox=NoChecker(),  # type: ignore[arg-type]
    )
    assert verdict.status == "error" and verdict.traceback is None
    assert "`pip install torch`" in verdict.message and "PyTorch" in verdict.message
    assert verdict.message.count(". ") == 0 and verdict.message.endswith(".")  # one sentence


def test_check_of_a_drill_without_its_oracle_is_one_sentence_and_no_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pretend_missing(monkeypatch, "torch")
    drill = COURSE.drill(TORCH_DRILLS[0])
    assert cli.main(["check", drill.id, "--file", str(drill.path / "solution.py")]) == 1
    out, err = capsys.readouterr()
    said = " ".join(out.split())
    assert "error" in said and "pip install torch" in said
    assert "Traceback" not in out + err and "bug in mathlings" not in said


def test_drills_with_their_oracles_are_unaffected_by_one_that_is_missing(
    monkeypatch: pytest.MonkeyPatch, sandbox: Any, tmp_path: Path
) -> None:
    pretend_missing(monkeypatch, "torch")
    workspace, _ = Workspace.init(tmp_path, COURSE)
    drills = [COURSE.drill("covariance-identity"), COURSE.drill(TORCH_DRILLS[0])]
    for drill in drills:
        workspace.file(drill).write_text(drill.solution)
    verdicts = check_drills(COURSE, drills, workspace, sandbox=sandbox)
    assert [v.status for v in verdicts] == ["pass", "error"]
    with workspace.progress() as progress:
        assert set(progress.summary()) == {"covariance-identity"}  # no attempt for the blocked one


def test_list_shows_which_drills_need_a_missing_package(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pretend_missing(monkeypatch, "torch")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["list"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "pip install torch" in x)
    assert all(d in line for d in TORCH_DRILLS) and "pip install torch" in line
    assert cli.main(["list", "--json"]) == 0
    rows = {
        d["drill"]: d for a in json.loads(capsys.readouterr().out)["areas"] for d in a["drills"]
    }
    assert {d for d, row in rows.items() if row["missing"]} == set(TORCH_DRILLS)
    assert rows[TORCH_DRILLS[0]]["missing"] == ["torch"]


def test_a_lab_whose_package_is_missing_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pretend_missing(monkeypatch, "sklearn")
    with pytest.raises(NotInstalled, match="pip install scikit-learn"):
        run_lab("svd", tmp_path)
    assert cli.main(["lab", "pca", "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("mathlings: ") and err.count("\n") == 1 and "scikit-learn" in err
    assert not list(tmp_path.iterdir())
    assert cli.main(["lab", "gd", "--out", str(tmp_path)]) == 0  # the others still draw


def test_doctor_prints_versions_what_they_enable_and_how_to_get_what_is_missing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pretend_missing(monkeypatch, "torch")
    assert cli.main(["doctor"]) == 1
    lines = capsys.readouterr().out.splitlines()
    for name in ("numpy", "scipy", "scikit-learn", "sympy", "hypothesis", "matplotlib"):
        line = next(x for x in lines if x.split()[:1] == [name])
        assert importlib.metadata.version(name) in line
    torch = next(x for x in lines if x.split()[:1] == ["torch"])
    assert "missing" in torch and all(d in torch for d in TORCH_DRILLS)
    assert any("pip install torch" in x for x in lines)
    assert any(
        f"{len(COURSE.drills) - len(TORCH_DRILLS)} of {len(COURSE.drills)} drills" in x
        for x in lines
    )


def test_doctor_is_content_when_everything_is_installed(
    capsys: pytest.CaptureFixture[str], course: Course
) -> None:
    if any(not p.installed for p in KNOWN.values()):
        pytest.skip("this environment lacks one of the packages")
    assert cli.main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert f"{len(course.drills)} of {len(course.drills)} drills" in out and "Missing" not in out


def test_list_finds_what_is_missing_without_importing_anything_heavy() -> None:
    code = (
        "import sys, io, contextlib; from mathlings.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()): main(['list'])\n"
        "heavy = ('numpy', 'torch', 'scipy', 'sklearn', 'sympy', 'matplotlib',\n"
        "         'rich.markdown', 'rich.syntax', 'pygments')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.stdout.strip() == "[]", done.stderr


def test_list_shows_needs_torch_in_the_status_of_each_such_drill(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pretend_missing(monkeypatch, "torch")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    for drill in TORCH_DRILLS:
        rows = [x for x in lines if x.split()[:1] == [drill]]
        row = rows[-1]  # a topic of the same name comes first, on a row of its own
        assert "needs torch" in row


def test_a_notebook_check_of_a_drill_without_its_oracle_is_the_same_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mathlings import notebook

    pretend_missing(monkeypatch, "torch")
    monkeypatch.setattr(notebook, "_warm_sandbox", lambda: NoChecker())
    drill = COURSE.drill(TORCH_DRILLS[0])
    verdict = notebook.check(drill.id, drill.solution)
    assert verdict.status == "error" and "pip install torch" in verdict.message
