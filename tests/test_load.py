"""The same file gets the same verdict on an idle machine and on a loaded one.

The learner's time is the CPU time of its own calls, and the judge's work (search, shrinking,
naming the mistake) is not counted against it, so two CPU-bound processes beside the check change
nothing in the verdict. No timing is asserted: only that the verdicts are equal.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from mathlings.catalog import load_course
from mathlings.checker import Sandbox, check

COURSE = load_course()
# One known mistake per drill (the first in its catalogue): a failing file of every check kind
# in the course, whose verdict carries a search, a shrink and a diagnosis, the judge's work.
CASES = [(d, d.mistakes[0]) for d in COURSE.drills.values() if d.mistakes]


def _verdicts(sandbox: Sandbox, folder: Path) -> dict[str, Any]:
    seen = {}
    for drill, mistake in CASES:
        file = folder / f"{drill.id}.py"
        file.write_text(mistake.learner_text())
        verdict = check(drill, file=file, sandbox=sandbox).to_dict()
        verdict.pop("duration_ms", None)
        seen[f"{drill.id}:{mistake.id}"] = verdict
    return seen


def test_verdicts_do_not_depend_on_load(sandbox: Sandbox, tmp_path: Path) -> None:
    idle = _verdicts(sandbox, tmp_path)
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    try:
        loaded = _verdicts(sandbox, tmp_path)
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()
    differ = {key: (idle[key], loaded[key]) for key in idle if idle[key] != loaded[key]}
    assert not differ, differ


def test_inputs_do_not_depend_on_the_modules_loaded_before(tmp_path: Path) -> None:
    """Hypothesis draws constants from "local" modules in sys.modules; a warm judge loads more
    check.py files and mistakes as it goes, so generation must not look at them."""
    from hypothesis import strategies as st

    from mathlings.checker import Call

    step = Call("f(x)", st.tuples(st.floats(-1e3, 1e3)), expected=lambda x: x, examples=60)
    before = step.sample()
    module = tmp_path / "many_constants.py"
    module.write_text("".join(f"C{i} = {i * 7.123456789}\n" for i in range(200)))
    sys.path.insert(0, str(tmp_path))
    try:
        __import__("many_constants")
        assert step.sample() == before
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("many_constants", None)
