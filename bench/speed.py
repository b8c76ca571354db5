"""Speed figures for the learner's loop. Prints numbers against targets; never fails a build.

    .venv/bin/python bench/speed.py

Targets: `mathlings --help` and `mathlings list` <= 300 ms; save-to-verdict in `watch` <= 250 ms
for a NumPy drill and <= 600 ms for a drill verified with torch; and `check` of every reference.

The cold `mathlings check DRILL --file F` (a new supervisor, runner and learner process each time)
is printed as a ratio to the imports it cannot avoid: `python -c "import numpy, hypothesis"` for
a NumPy drill, and `import torch` besides for a drill verified with torch. That ratio is what the
split between the judge and the learner's process costs on a cold start.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mathlings.catalog import Drill, load_course
from mathlings.checker import Sandbox, check

COMMAND = [sys.executable, "-m", "mathlings"]


def wall_ms(args: list[str], cwd: Path, runs: int = 7, command: list[str] = COMMAND) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command + args, cwd=cwd, capture_output=True, check=True)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def cold_check(drill: Drill, root: Path, imports: str) -> None:
    """A cold `check` of the reference, against a bare Python that imports what it must."""
    baseline = wall_ms(["-c", f"import {imports}"], root, runs=3, command=[sys.executable])
    cold = wall_ms(["check", drill.id, "--file", str(drill.path / "solution.py")], root, runs=3)
    report(f"cold check, {drill.id}", cold)
    report(f"  python -c 'import {imports}'", baseline)
    print(f"{'  ratio':48} {cold / baseline:8.2f} x")


def save_to_verdict_ms(workspace: Path, drill: Drill, runs: int = 5) -> list[float]:
    """Start `watch`, let it warm up, then time each save until its verdict is printed."""
    watcher = subprocess.Popen(
        [*COMMAND, "watch", "--max-checks", str(runs)],
        cwd=workspace,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        bufsize=1,
    )
    assert watcher.stdout is not None
    watcher.stdout.readline()
    time.sleep(4)  # the supervisor imports numpy, hypothesis and torch meanwhile
    target = workspace / drill.workspace_name
    solution = (drill.path / "solution.py").read_text()
    times = []
    for i in range(runs):
        started = time.perf_counter()
        target.write_text(solution + f"\n# save {i}\n")
        for line in watcher.stdout:
            if line.startswith(("✓", "✗", "!", "⏱", "⊘")):
                times.append((time.perf_counter() - started) * 1000)
                break
        time.sleep(0.3)
    watcher.wait(timeout=30)
    return times


def report(name: str, value: float, target: float | None = None) -> None:
    verdict = "" if target is None else ("  ok" if value <= target else f"  OVER {target:.0f} ms")
    print(f"{name:48} {value:8.0f} ms{verdict}")


def main() -> None:
    course = load_course()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        subprocess.run([*COMMAND, "init", "ws"], cwd=root, capture_output=True, check=True)
        workspace = root / "ws"
        report("mathlings --help", wall_ms(["--help"], root), 300)
        report("mathlings list", wall_ms(["list"], workspace), 300)
        numpy_drill = next(d for d in course.drills.values() if "torch" not in d.needs)
        times = save_to_verdict_ms(workspace, numpy_drill)
        report(f"watch save-to-verdict, NumPy ({numpy_drill.id})", statistics.median(times), 250)
        torch_drill = next((d for d in course.drills.values() if "torch" in d.needs), None)
        if torch_drill:
            times = save_to_verdict_ms(workspace, torch_drill)
            report(
                f"watch save-to-verdict, torch ({torch_drill.id})", statistics.median(times), 600
            )
        print()
        cold_check(numpy_drill, workspace, "numpy, hypothesis")
        if torch_drill:
            cold_check(torch_drill, workspace, "numpy, hypothesis, torch")
    print()
    started = time.perf_counter()
    with Sandbox() as sandbox:
        for drill in course.drills.values():
            verdict = check(drill, file=drill.path / "solution.py", sandbox=sandbox)
            report(f"check reference: {drill.id} ({verdict.status})", verdict.duration_ms or 0)
    report(
        "check every reference solution (wall, one sandbox)", (time.perf_counter() - started) * 1000
    )


if __name__ == "__main__":
    main()
