"""A hostile learner file cannot forge a pass, and a fault in one leaves the tool working.

Each attack under learner_files/hostile/ is the wrong answer of plain_wrong.py plus a trick that
tries to turn it into a pass (see each file's docstring). Correct files that set a strict state of
their own, or are written in another legal encoding, must pass.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

import pytest

from mathlings.catalog import Course
from mathlings.checker import Sandbox, check
from mathlings.checker.verdict import Verdict

HOSTILE = Path(__file__).parent / "learner_files" / "hostile"
REFERENCE = "covariance-identity"

FORGERIES = [
    "plain_wrong.py",
    "patch_comparator.py",
    "patch_numpy.py",
    "patch_verdict.py",
    "patch_json.py",
    "caller_frame.py",
    "prepared_answers.py",
    "check_module_oracle.py",
    "gc_scan.py",
    "lying_objects.py",
]


def run(course: Course, sandbox: Sandbox, drill: str, file: Path, **limits: float) -> Verdict:
    return check(course.drill(drill), file=file, sandbox=sandbox, **limits)  # type: ignore[arg-type]


def still_works(course: Course, sandbox: Sandbox) -> None:
    drill = course.drill(REFERENCE)
    assert check(drill, file=drill.path / "solution.py", sandbox=sandbox).status == "pass"


@pytest.mark.parametrize("name", FORGERIES)
def test_a_forgery_does_not_pass(course, sandbox, name) -> None:
    verdict = run(course, sandbox, REFERENCE, HOSTILE / name)
    assert verdict.status == "fail", (name, verdict.status, verdict.message)
    still_works(course, sandbox)


def test_writing_into_inherited_descriptors_forges_nothing(course, sandbox) -> None:
    # The child holds only its own socket and output pipe; garbage written into the socket is
    # an error that says so, a verdict written to stdout is only shown as output.
    verdict = run(course, sandbox, REFERENCE, HOSTILE / "write_descriptors.py")
    assert verdict.status == "error"
    assert "wrote into the channel" in verdict.message
    still_works(course, sandbox)


def test_lying_objects_fail_with_the_type_that_came_back(course, sandbox) -> None:
    verdict = run(course, sandbox, REFERENCE, HOSTILE / "lying_objects.py")
    said = f"{verdict.message} {verdict.detail or ''}"
    assert "Liar" in said or "Chameleon" in said, said


def test_a_number_as_a_string_fails_and_says_str(course, sandbox) -> None:
    verdict = run(course, sandbox, "mse-gradient", HOSTILE / "string_number.py")
    assert verdict.status == "fail"
    assert "str" in f"{verdict.message} {verdict.detail or ''}"


def test_the_callable_handed_to_the_learner_leads_to_no_oracle(course, sandbox) -> None:
    verdict = run(course, sandbox, "gd-1d", HOSTILE / "grad_globals.py")
    assert verdict.status == "fail"


def test_a_strict_floating_point_state_in_the_learners_file_is_theirs_alone(
    course, sandbox
) -> None:
    verdict = run(course, sandbox, REFERENCE, HOSTILE / "seterr_raise.py")
    assert verdict.status == "pass", verdict.message


def _encoded(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_file_with_a_utf8_bom_or_a_coding_line_is_read_as_python_reads_it(
    course, sandbox, tmp_path
) -> None:
    source = (HOSTILE / "seterr_raise.py").read_text()
    bom = _encoded(tmp_path, "bom.py", b"\xef\xbb\xbf" + source.encode())
    latin = _encoded(
        tmp_path,
        "latin.py",
        b"# -*- coding: latin-1 -*-\n# Kovarianz, gepr\xfcft\n" + source.encode(),
    )
    for path in (bom, latin):
        verdict = run(course, sandbox, REFERENCE, path)
        assert verdict.status == "pass", (path.name, verdict.message)


def test_a_file_that_is_not_text_gets_a_verdict_that_says_so(course, sandbox, tmp_path) -> None:
    path = _encoded(tmp_path, "binary.py", b"def covariance(X):\n    return '\xff\xfe\x80'\n")
    verdict = run(course, sandbox, REFERENCE, path)
    assert verdict.status == "error"
    assert "not valid Python text" in verdict.message
    still_works(course, sandbox)


def test_killing_the_runner_and_the_supervisor_gives_a_sentence_and_a_working_tool(
    course, sandbox
) -> None:
    verdict = run(course, sandbox, REFERENCE, HOSTILE / "kill_parent.py")
    assert verdict.status != "pass"
    assert "Traceback" not in verdict.message
    still_works(course, sandbox)
    still_works(course, sandbox)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with contextlib.suppress(OSError), open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    return False


def test_a_grandchild_in_a_session_of_its_own_does_not_outlive_the_check(course, sandbox) -> None:
    pidfile = Path("/tmp/mathlings-grandchild.pid")
    pidfile.unlink(missing_ok=True)
    verdict = run(course, sandbox, REFERENCE, HOSTILE / "setsid_grandchild.py")
    assert verdict.status == "fail"
    pid = int(pidfile.read_text())
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = _alive(pid)
    if alive:
        os.kill(pid, signal.SIGKILL)
    assert not alive, "the grandchild outlived the check"


def test_terminal_escapes_in_printed_output_are_shown_not_obeyed(course, sandbox) -> None:
    verdict = run(course, sandbox, REFERENCE, HOSTILE / "ansi_output.py")
    assert verdict.status == "fail"
    assert "\x1b" not in verdict.output and "\x07" not in verdict.output
    assert "\\x1b[2J" in verdict.output


def test_huge_output_is_cut_while_it_is_read(course, sandbox) -> None:
    verdict = run(course, sandbox, REFERENCE, HOSTILE / "huge_output.py")
    assert verdict.status == "fail"
    assert len(verdict.output) < 100_000
    assert "characters cut" in verdict.output


@pytest.mark.parametrize("name", ["huge_return.py", "deep_return.py"])
def test_an_answer_too_big_or_too_deep_is_a_verdict(course, sandbox, name) -> None:
    verdict = run(course, sandbox, REFERENCE, HOSTILE / name)
    assert verdict.status in ("fail", "error")
    assert "Traceback" not in verdict.message and "bug in mathlings" not in verdict.message
    still_works(course, sandbox)


def _namespaces_allowed(folder: Path) -> bool:
    from mathlings.checker.runner import read_only

    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child only reports
        os._exit(0 if read_only([str(folder)]) else 1)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status) == 0


def test_the_workspace_and_the_package_are_read_only_to_the_learners_code(
    course, sandbox, tmp_path
) -> None:
    if not _namespaces_allowed(tmp_path):
        pytest.skip("this system allows no private mount namespace; see docs/threat-model.md")
    import mathlings

    (tmp_path / ".mathlings").mkdir()
    progress = tmp_path / ".mathlings" / "progress.sqlite"
    progress.write_bytes(b"the learner's records")
    learner = tmp_path / "covariance_identity.py"
    source = (HOSTILE / "overwrite_files.py").read_text()
    learner.write_text(source)
    dropped = Path(mathlings.__file__).parent / "_forged_by_learner.py"
    try:
        verdict = run(course, sandbox, REFERENCE, learner)
        assert verdict.status == "fail"
        assert learner.read_text() == source
        assert progress.read_bytes() == b"the learner's records"
        assert not dropped.exists()
    finally:
        dropped.unlink(missing_ok=True)


def test_the_learners_code_cannot_read_the_judges_memory(course, sandbox, tmp_path) -> None:
    if not _namespaces_allowed(tmp_path):
        pytest.skip("this system allows no user namespace; see docs/threat-model.md")
    verdict = run(course, sandbox, REFERENCE, HOSTILE / "read_judge_memory.py")
    assert "read the memory" not in verdict.message, verdict.message
    assert verdict.status == "fail"


def test_a_drill_whose_check_module_defines_no_checks_is_an_error(
    drill_with_checks, sandbox
) -> None:
    drill = drill_with_checks(REFERENCE, "CHECKS = []\n")
    verdict = check(drill, file=drill.path / "solution.py", sandbox=sandbox)
    assert verdict.status == "error"
    assert "defines no checks" in verdict.message


def test_stopping_the_runner_and_the_supervisor_leaves_no_stuck_tool(course, sandbox) -> None:
    verdict = run(course, sandbox, REFERENCE, HOSTILE / "stop_parent.py")
    assert verdict.status == "fail", verdict.message
    still_works(course, sandbox)
