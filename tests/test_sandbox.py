"""Untrusted learner code gets a clear verdict, never a stuck or broken tool."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from mathlings.catalog import Course
from mathlings.checker import Sandbox, check
from mathlings.checker.verdict import Verdict

FILES = Path(__file__).parent / "learner_files"


def run(course: Course, sandbox: Sandbox, name: str, **limits: float) -> Verdict:
    drill = course.drill("matmul-from-scratch")
    return check(drill, file=FILES / name, sandbox=sandbox, **limits)  # type: ignore[arg-type]


def test_an_infinite_loop_is_stopped_and_reported_as_a_timeout(course, sandbox) -> None:
    verdict = run(course, sandbox, "infinite_loop.py", timeout=2)
    assert verdict.status == "timeout"
    assert "dot(u, v)" in verdict.message
    assert verdict.duration_ms is not None  # how fast: bench/speed.py, never a timed test


def test_a_hang_at_import_is_a_timeout_too(course, sandbox) -> None:
    verdict = run(course, sandbox, "hangs_at_import.py", timeout=2)
    assert verdict.status == "timeout"
    assert "top-level" in verdict.message


def test_a_memory_bomb_is_reported_as_memory_not_as_a_timeout(course, sandbox) -> None:
    verdict = run(course, sandbox, "memory_bomb.py", timeout=30, memory_mb=300)
    assert verdict.status == "error"
    assert "memory" in verdict.message.lower()


def test_sys_exit_at_import_is_an_error_verdict(course, sandbox) -> None:
    verdict = run(course, sandbox, "exits_at_import.py")
    assert verdict.status == "error"
    assert "sys.exit(0)" in verdict.message


def test_sys_exit_inside_a_function_is_an_error_verdict(course, sandbox) -> None:
    verdict = run(course, sandbox, "exits_in_function.py")
    assert verdict.status == "error"
    assert "sys.exit(0)" in verdict.message


def test_a_hard_exit_is_named(course, sandbox) -> None:
    verdict = run(course, sandbox, "hard_exit.py")
    assert verdict.status == "error"
    assert "os._exit" in verdict.message


def test_a_segfault_is_a_crash_verdict(course, sandbox) -> None:
    verdict = run(course, sandbox, "segfault.py")
    assert verdict.status == "error"
    assert "crashed" in verdict.message and "SIGSEGV" in verdict.message


def test_keyboard_interrupt_in_learner_code_is_an_error_verdict(course, sandbox) -> None:
    verdict = run(course, sandbox, "keyboard_interrupt.py")
    assert verdict.status == "error"
    assert "KeyboardInterrupt" in verdict.message


def test_printed_output_is_captured_and_cut(course, sandbox) -> None:
    verdict = run(course, sandbox, "loud.py")
    assert "characters cut" in verdict.output
    assert len(verdict.output) < 5000


def test_learner_code_reading_stdin_gets_end_of_file_not_our_protocol(course, sandbox) -> None:
    verdict = run(course, sandbox, "reads_stdin.py")
    assert verdict.status == "error"
    assert "EOFError" in verdict.message


def test_the_sandbox_keeps_working_after_every_kind_of_failure(course, sandbox) -> None:
    for name in ("segfault.py", "hard_exit.py", "exits_at_import.py"):
        run(course, sandbox, name)
    drill = course.drill("matmul-from-scratch")
    assert check(drill, file=drill.path / "solution.py", sandbox=sandbox).passed


def test_tracebacks_show_the_learners_frames_only(course, sandbox) -> None:
    verdict = run(course, sandbox, "raises_inside.py")
    assert verdict.status == "error"
    assert verdict.traceback is not None
    assert "raises_inside.py" in verdict.traceback
    assert "mathlings" not in verdict.traceback
    assert "IndexError" in verdict.traceback


def test_a_shrunk_counterexample_comes_with_an_error(course, sandbox) -> None:
    verdict = run(course, sandbox, "raises_inside.py")
    assert verdict.counterexample is not None
    inputs = verdict.counterexample.inputs
    assert len(inputs["u"]) == 1 and len(inputs["v"]) == 1  # the smallest vector that breaks it


def test_a_function_that_changes_its_input_is_told_so(course, sandbox) -> None:
    verdict = run(course, sandbox, "mutates_input.py")
    assert verdict.status == "fail"
    assert "changed its argument u in place" in verdict.message
    assert verdict.diagnosis is not None and verdict.diagnosis.mistake == "changed-input"


@pytest.mark.parametrize(
    ("name", "status", "words"),
    [
        (
            "sneaky_getattr.py",
            "rule",
            "line 6 uses np.dot, which this drill forbids: this drill is from scratch",
        ),
        ("sneaky_attribute.py", "rule", "line 6 uses .T"),
        ("aliased_import.py", "rule", "Line 2 uses from numpy import dot"),
        ("syntax_error.py", "error", "syntax error at line 1, column 14"),
        ("wrong_signature.py", "error", "takes dot(u), but this drill calls dot(u, v)"),
    ],
)
def test_misuse_and_rule_breaches_get_one_clear_sentence(course, sandbox, name, status, words):
    verdict = run(course, sandbox, name)
    assert verdict.status == status
    assert words in verdict.message


def test_code_that_sleeps_is_stopped_by_the_wall_clock_and_told_so(course, sandbox) -> None:
    verdict = run(course, sandbox, "sleeps.py", timeout=0.2)
    assert verdict.status == "timeout"
    assert "wall-clock" in verdict.message and "sleeping" in verdict.message


def test_a_timeout_states_the_limit(course, sandbox) -> None:
    verdict = run(course, sandbox, "infinite_loop.py", timeout=1)
    assert "1 s of CPU time" in verdict.message


def test_a_memory_verdict_states_the_limit(course, sandbox) -> None:
    verdict = run(course, sandbox, "memory_bomb.py", timeout=30, memory_mb=300)
    assert "300 MB" in verdict.message


def test_deep_recursion_is_called_recursion_not_memory(course, sandbox) -> None:
    verdict = run(course, sandbox, "deep_recursion.py")
    assert verdict.status == "fail" or verdict.status == "error"
    assert "RecursionError" in verdict.message
    assert "memory" not in verdict.message.lower()


CLIENT = """
import sys
from mathlings.catalog import load_course
from mathlings.checker import check
drill = load_course().drill("matmul-from-scratch")
print("started", flush=True)
check(drill, file=sys.argv[1], timeout=120)
"""


def test_ctrl_c_in_the_client_ends_the_learners_process(tmp_path) -> None:
    import os
    import signal
    import subprocess
    import sys
    import time

    pidfile = tmp_path / "loop.pid"
    client = subprocess.Popen(
        [sys.executable, "-c", CLIENT, str(FILES / "records_pid_and_loops.py")],
        env={**os.environ, "MATHLINGS_TEST_PIDFILE": str(pidfile)},
        stdout=subprocess.PIPE,
        start_new_session=True,  # its own group, as a terminal's foreground job is
    )
    try:
        deadline = time.monotonic() + 60
        while not pidfile.exists() or not pidfile.read_text():
            assert time.monotonic() < deadline, "the learner's code never started"
            time.sleep(0.05)
        learner = int(pidfile.read_text())
        os.killpg(client.pid, signal.SIGINT)  # what Ctrl-C sends to the foreground group
        client.wait(timeout=120)  # generous: under a loaded CI the exit is slow, not stuck
        deadline = time.monotonic() + 15
        while _alive(learner) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(learner), "the learner's process outlived Ctrl-C in the client"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(client.pid, signal.SIGKILL)


def _descendants(pid: int) -> list[int]:
    """Every process below pid, from /proc/<pid>/task/*/children."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            for child in (task / "children").read_text().split():
                found += [int(child), *_descendants(int(child))]
    return found


def test_a_killed_client_leaves_no_checker_process_behind(tmp_path) -> None:
    """SIGKILL of the client alone (no group signal): its supervisor, the judge, the runner and
    the learner's process all end with it, instead of idling or computing on as orphans."""
    import os
    import signal
    import subprocess
    import sys
    import time

    pidfile = tmp_path / "loop.pid"
    client = subprocess.Popen(
        [sys.executable, "-c", CLIENT, str(FILES / "records_pid_and_loops.py")],
        env={**os.environ, "MATHLINGS_TEST_PIDFILE": str(pidfile)},
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not pidfile.exists() or not pidfile.read_text():
            assert time.monotonic() < deadline, "the learner's code never started"
            time.sleep(0.05)
        below = _descendants(client.pid)
        assert int(pidfile.read_text()) in below or below, "no checker process under the client"
        client.kill()
        client.wait(timeout=120)  # generous: under a loaded CI the exit is slow, not stuck
        deadline = time.monotonic() + 15
        while any(map(_alive, below)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not [pid for pid in below if _alive(pid)], "checker processes outlived the client"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(client.pid, signal.SIGKILL)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_a_learner_file_that_uses_torch_is_judged_like_any_other(course, sandbox) -> None:
    from mathlings.checker.engine import heavy_imports

    source = (FILES / "uses_torch.py").read_text()
    assert heavy_imports(source) == ["torch"]
    assert heavy_imports("import numpy as np\nfrom . import torch\nimport os.path") == []
    drill = course.drill("covariance-identity")
    verdict = check(drill, file=FILES / "uses_torch.py", sandbox=sandbox)
    assert verdict.status == "pass", verdict.message


def test_one_allocation_over_the_limit_is_a_memory_verdict_with_the_limit(course, sandbox) -> None:
    verdict = run(course, sandbox, "huge_allocation.py", memory_mb=300)
    assert verdict.status == "error"
    assert "300 MB" in verdict.message
