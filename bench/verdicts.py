"""Record every verdict a drill's checks give, to refactor a check.py without changing one.

    .venv/bin/python bench/verdicts.py norms gd-1d --out /tmp/before.json
    ... edit check.py ...
    .venv/bin/python bench/verdicts.py norms gd-1d --out /tmp/after.json --against /tmp/before.json

For each drill it checks the reference, the starter as `init` writes it, every catalogued mistake,
every alternative and the mutants of `bench/mutants.py` (at most --cap), and records for each the
verdict's status, its failing step, the mistake it names, each failing step's mistake and the
headline. With --against it prints each file whose verdict changed, and counts those only worded
differently (--messages prints them). A script, not a test: it prints and never fails.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from mutants import mutants, thinned

from mathlings.catalog import Drill, load_course
from mathlings.checker import check
from mathlings.checker.sandbox import Sandbox


def files_of(drill: Drill, cap: int) -> dict[str, str]:
    """Each file to check, by a name that stays the same across runs."""
    files = {
        "reference": (drill.path / "solution.py").read_text(),
        "starter": drill.workspace_text(),
    }
    for mistake in drill.mistakes:
        files[f"mistake:{mistake.id}"] = mistake.learner_text()
    for alternative in drill.alternatives:
        files[f"alternative:{alternative.stem}"] = alternative.read_text()
    for mutant in thinned(mutants(drill.path / "solution.py"), cap):
        files[f"mutant:L{mutant.line}:{mutant.diff}"] = mutant.source
    return files


def record(drill: Drill, sandbox: Sandbox, folder: Path, cap: int) -> dict[str, list]:
    seen: dict[str, list] = {}
    for k, (name, text) in enumerate(files_of(drill, cap).items()):
        file = folder / f"{drill.id.replace('-', '_')}_{k}.py"
        file.write_text(text)
        verdict = check(drill, file=file, sandbox=sandbox)
        mistake = verdict.diagnosis.mistake if verdict.diagnosis else None
        steps = [
            [step.name, step.status, step.diagnosis.mistake if step.diagnosis else None]
            for step in verdict.checks
            if step.status != "pass"
        ]
        seen[name] = [verdict.status, verdict.step, mistake, steps, verdict.message]
    return seen


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("drills", nargs="*", help="drill ids (default: all in the manifest)")
    parser.add_argument("--cap", type=int, default=60, help="mutants per drill (default 60)")
    parser.add_argument("--out", type=Path, required=True, help="where to write the records")
    parser.add_argument("--against", type=Path, help="earlier records to compare with")
    parser.add_argument(
        "--messages", action="store_true", help="also print each headline worded differently"
    )
    options = parser.parse_args(argv)
    course = load_course()
    drills = [course.drill(name) for name in options.drills] or list(course.drills.values())
    started = time.perf_counter()
    records: dict[str, dict[str, list]] = {}
    with Sandbox() as sandbox, tempfile.TemporaryDirectory() as tmp:
        for drill in drills:
            records[drill.id] = record(drill, sandbox, Path(tmp), options.cap)
            print(f"{drill.id:24} {len(records[drill.id]):>4} files", flush=True)
    options.out.write_text(json.dumps(records, indent=1, ensure_ascii=False))
    print(f"recorded in {time.perf_counter() - started:.0f} s: {options.out}")
    if options.against is None:
        return
    before = json.loads(options.against.read_text())
    same = changed = worded = 0
    for drill_id, seen in records.items():
        for name, now in seen.items():
            was = before.get(drill_id, {}).get(name)
            if was is not None and was[:4] == now[:4]:
                same += 1
                if was[4:] != now[4:]:
                    worded += 1
                    if options.messages:
                        print(f"  {drill_id} {name}: worded")
                        print(f"      was {was[4:]}\n      now {now[4:]}")
            else:
                changed += 1
                print(f"  {drill_id} {name}\n      was {was}\n      now {now}")
    print(
        f"{same} verdicts unchanged (status, step, mistake, each failing step's mistake), "
        f"{changed} changed; {worded} of the unchanged worded differently"
    )


if __name__ == "__main__":
    main()
