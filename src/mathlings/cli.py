"""The `mathlings` command: parses arguments, calls one function, renders its result.

Heavy modules (numpy, torch, matplotlib, the checker's engine) are imported only by the commands
that need them, so `mathlings --help` and `mathlings list` start fast.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mathlings.catalog import UnknownName, load_course

EXIT_FAILED, EXIT_MISUSE = 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mathlings",
        description="A self-checking workbook for the math behind machine learning.",
    )
    where = "the workspace folder (default: found from here upward)"
    parser.add_argument("--workspace", type=Path, help=where)
    # --workspace also works after the command; SUPPRESS keeps the one given before it otherwise.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--workspace", type=Path, default=argparse.SUPPRESS, help=where)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=help)

    p = command("init", help="create a workspace (or add new drills to one)")
    p.add_argument("dir", nargs="?", type=Path, default=Path("."), help="default: here")

    p = command("watch", help="check each drill file as you save it")
    p.add_argument("--max-checks", type=int, help=argparse.SUPPRESS)

    p = command("check", help="check one drill, or all; exit status 0 only if all pass")
    p.add_argument("drill", nargs="?")
    p.add_argument("--file", type=Path, help="check this file against the drill")
    p.add_argument("--json", action="store_true", help="print the verdict as JSON")
    p.add_argument("--timeout", type=float, help="seconds allowed (default: the drill's)")

    p = command("hint", help="the next hint for a drill: nudge, formula, then code")
    p.add_argument("drill")

    p = command("list", help="drills by area with your progress")
    p.add_argument("--json", action="store_true")

    p = command("solution", help="the reference solution (after you pass)")
    p.add_argument("drill")
    p.add_argument("--force", action="store_true", help="show it before passing")

    p = command("reset", help="restore a drill's starter file (yours is backed up)")
    p.add_argument("drill")

    p = command("lesson", help="read a topic's lesson")
    p.add_argument("topic", nargs="?", help="omit to list the topics")
    p.add_argument("--run", action="store_true", help="also run the lesson's demo")

    p = command("lab", help="draw a lab's picture to a PNG file")
    p.add_argument("name", nargs="?", help="omit to list the labs")
    p.add_argument("--out", type=Path, default=Path("."), help="folder for the PNG")
    p.add_argument("--rates", help="gd: three learning rates, e.g. 0.02,0.3,1.05")
    p.add_argument("--matrix", help="maps: a 2x2 matrix by rows, e.g. '1,0.8;0.2,1.2'")

    p = command("tour", help="a non-interactive tour: workspace, checks, progress, a plot")
    p.add_argument(
        "--dir", type=Path, help="where to make the tour's workspace, kept (default: temp, removed)"
    )

    command("doctor", help="what is installed, which drills and labs it allows, what is missing")

    p = command("compare", help="two models' predictions on one test set: accuracy, CI, McNemar")
    p.add_argument("labels", type=Path, help="the true labels, one per line")
    p.add_argument("a", type=Path, metavar="A", help="model A's predictions (a column per seed)")
    p.add_argument("b", type=Path, metavar="B", help="model B's predictions (a column per seed)")
    p.add_argument("--level", type=float, default=0.95, help="confidence level (default 0.95)")
    p.add_argument("--resamples", type=int, default=10_000, help="bootstrap resamples (10000)")
    p.add_argument("--seed", type=int, default=0, help="the bootstrap's random seed (default 0)")
    p.add_argument(
        "--regression", action="store_true", help="numbers to predict: MAE and MSE, not accuracy"
    )
    p.add_argument("--json", action="store_true", help="print every figure as JSON")
    return parser


def console() -> Any:
    from rich.console import Console

    # Piped output (CI logs, `watch` in an editor's terminal pane) takes its width from COLUMNS,
    # or else a readable fixed one; rich reads COLUMNS itself when the width is left open.
    piped_width = None if os.environ.get("COLUMNS", "").isdigit() else 110
    return Console(highlight=False, width=None if sys.stdout.isatty() else piped_width)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from mathlings.actions import Refused
    from mathlings.packages import NotInstalled
    from mathlings.progress import NewerStore
    from mathlings.workspace import NoWorkspace

    try:
        status = COMMANDS[args.command](args)
        sys.stdout.flush()  # here, so a reader that has gone is noticed while we can still say so
        return status
    except (UnknownName, NoWorkspace, Refused, NewerStore) as problem:
        print(f"mathlings: {problem}", file=sys.stderr)
        return EXIT_MISUSE
    except NotInstalled as problem:
        print(f"mathlings: {problem}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader stopped early (`mathlings check --json | head`): stop quietly, and point
        # stdout at /dev/null so Python's own flush at exit has nothing to complain about.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def cmd_init(args: argparse.Namespace) -> int:
    from mathlings.workspace import Workspace

    workspace, report = Workspace.init(args.dir, load_course())
    drills = [p for p in report.created if p.suffix == ".py"]
    out = console()
    if drills:
        added = plural(len(drills), "drill file")
        out.print(f"Added {added} to {workspace.root}:", soft_wrap=True)
        for path in drills:
            out.print(f"  {path.relative_to(workspace.root)}")
    else:
        out.print(f"{workspace.root} has every drill already; nothing changed.")
    if report.kept:
        kept = len(report.kept)
        as_they_are = "as it is" if kept == 1 else "as they are"
        out.print(f"Kept {plural(kept, 'existing file')} {as_they_are}.")
    out.print("Next: open a drill file, then run `mathlings watch` in that folder.")
    activate = activation_hint()
    if activate:
        out.print(activate, soft_wrap=True)
    return 0


def activation_hint() -> str | None:
    """If `mathlings` is not on the PATH (its environment not activated), how to reach it."""
    import shutil

    scripts = Path(sys.prefix) / "bin"
    if shutil.which("mathlings") or not (scripts / "mathlings").exists():
        return None
    if not (scripts / "activate").exists():
        return f"`mathlings` is not on your PATH here: call it as {scripts / 'mathlings'}."
    return (
        f"`mathlings` is not on your PATH here: run `source {scripts / 'activate'}` first (in "
        f"each new shell), or call it as {scripts / 'mathlings'}."
    )


def cmd_check(args: argparse.Namespace) -> int:
    from mathlings.actions import Refused, check_drills, find_workspace, require_workspace

    course = load_course()
    if args.drill:
        drills = [course.drill(args.drill)]
        workspace = find_workspace(course, args.workspace)
        if args.file is None and workspace is None:
            workspace = require_workspace(course, args.workspace)
    else:
        if args.file is not None:
            raise Refused("--file needs a drill: `mathlings check DRILL --file PATH`.")
        workspace = require_workspace(course, args.workspace)
        drills = [d for d in course.drills.values() if workspace.file(d).exists()]
    bar = not args.drill and not args.json and len(drills) > 1
    with progress_bar(console() if bar else None, len(drills)) as advance:
        verdicts = check_drills(
            course, drills, workspace, args.file, args.timeout, on_checked=advance
        )
    if args.json:
        data = [v.to_dict() for v in verdicts]
        print(json.dumps(data[0] if args.drill else data, indent=2, ensure_ascii=False))
    else:
        from mathlings.render import verdict_renderable

        out = console()
        for verdict in verdicts:
            out.print(verdict_renderable(verdict))
            if len(verdicts) > 1:
                out.print()
        if len(verdicts) > 1:
            passed = sum(v.passed for v in verdicts)
            out.print(f"{passed} of {len(verdicts)} drills pass.")
    return 0 if all(v.passed for v in verdicts) else EXIT_FAILED


@contextmanager
def progress_bar(out: Any, total: int) -> Iterator[Callable[[Any], None]]:
    """A bar that counts verdicts as they come, on a terminal only; it is gone once done."""
    if out is None or not out.is_terminal:
        yield lambda verdict: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    columns = (
        TextColumn("Checking"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
    )
    with Progress(*columns, console=out, transient=True) as progress:
        task = progress.add_task("", total=total)
        yield lambda verdict: progress.update(task, advance=1, description=verdict.drill)


def cmd_hint(args: argparse.Namespace) -> int:
    from mathlings.actions import next_hint, require_workspace
    from mathlings.render import lesson_renderable

    course = load_course()
    drill = course.drill(args.drill)
    shown = next_hint(require_workspace(course, args.workspace), drill)
    out = console()
    out.print(f"Hint {shown.level} of {shown.total} for {shown.drill}:")
    out.print(lesson_renderable(shown.text))
    if shown.last:
        out.print(f"That was the last hint. After a pass, `mathlings solution {drill.id}`.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from mathlings.actions import find_workspace, progress_rows

    course = load_course()
    workspace = find_workspace(course, args.workspace)
    rows = progress_rows(course, workspace)
    if args.json:
        areas: dict[str, dict[str, Any]] = {}
        for row in rows:
            area = areas.setdefault(row["area"], {"id": row["area"], "title": row["area_title"]})
            area.setdefault("drills", []).append(
                {
                    k: row[k]
                    for k in (
                        "drill",
                        "title",
                        "topic",
                        "status",
                        "attempts",
                        "passes",
                        "hints",
                        "file",
                        "missing",
                    )
                }
            )
        data = {
            "workspace": str(workspace.root) if workspace else None,
            "areas": list(areas.values()),
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    from mathlings.render import progress_table

    out = console()
    out.print(progress_table(rows))
    passed = sum(r["status"] == "passed" for r in rows)
    where = f"in {workspace.root}" if workspace else "(no workspace here: `mathlings init`)"
    out.print(f"\n{passed} of {len(rows)} drills passed {where}.", soft_wrap=True)
    for line in missing_lines(rows) + area_lines(rows):
        out.print(line, soft_wrap=True)
    return 0


def missing_lines(rows: list[dict[str, Any]]) -> list[str]:
    """One line per package that some drills need and this machine lacks."""
    by_package: dict[str, list[str]] = {}
    for row in rows:
        for name in row["missing"]:
            by_package.setdefault(name, []).append(row["drill"])
    return [
        f"needs {name} (`pip install {name}`): {', '.join(drills)}"
        for name, drills in by_package.items()
    ]


def area_lines(rows: list[dict[str, Any]]) -> list[str]:
    """Per area: drills passed of drills, and the first drill not passed, in course order."""
    areas: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        areas.setdefault(row["area_title"], []).append(row)
    lines = []
    for title, area in areas.items():
        passed = sum(r["status"] == "passed" for r in area)
        upcoming = next((r["drill"] for r in area if r["status"] != "passed"), None)
        lines.append(
            f"{title}: {passed} of {len(area)} passed; next: {upcoming}."
            if upcoming
            else f"{title}: all {len(area)} passed."
        )
    return lines


def cmd_solution(args: argparse.Namespace) -> int:
    from rich.syntax import Syntax

    from mathlings.actions import find_workspace, solution

    course = load_course()
    shown = solution(find_workspace(course, args.workspace), course.drill(args.drill), args.force)
    out = console()
    if shown.forced:
        print(
            f"mathlings: showing the solution to {shown.drill} before you passed it (--force). "
            "Reading it now takes away the practice; close it and try a hint if you can.",
            file=sys.stderr,
        )
    out.print(Syntax(shown.text, "python", theme="ansi_dark", background_color="default"))
    return 0


def cmd_reset(args: argparse.Namespace) -> int:
    from mathlings.actions import require_workspace

    course = load_course()
    drill = course.drill(args.drill)
    workspace = require_workspace(course, args.workspace)
    backup = workspace.reset(drill)
    out = console()
    # Paths stay whole on one line, so they can be copied.
    out.print(f"Restored the starter for {drill.id} in {workspace.file(drill)}.", soft_wrap=True)
    if backup:
        out.print(f"Your previous file is kept at {backup}.", soft_wrap=True)
    return 0


def cmd_lesson(args: argparse.Namespace) -> int:
    from mathlings.render import lesson_renderable

    course = load_course()
    out = console()
    if not args.topic:
        for area in course.areas:
            out.print(f"[bold]{area.title}[/bold]")
            for topic in area.topics:
                out.print(f"  {topic.id:24} {topic.title}")
        out.print("\nRead one with `mathlings lesson TOPIC`.")
        return 0
    topic = course.topic(args.topic)
    if topic.id != args.topic:
        out.print(f"{args.topic} is a drill of the topic {topic.id}; this is its lesson.\n")
    out.print(lesson_renderable(topic.lesson))
    if args.run:
        out.print(f"\n[bold]Running the demo ({topic.demo_path.name}):[/bold]")
        return subprocess.call([sys.executable, str(topic.demo_path)])
    return 0


def cmd_lab(args: argparse.Namespace) -> int:
    from mathlings.actions import Refused
    from mathlings.labs import LABS, run_lab

    out = console()
    if not args.name:
        for name, lab in LABS.items():
            out.print(f"  {name:6} {lab.title}")
        out.print("\nDraw one with `mathlings lab NAME [--out DIR]`.")
        return 0
    options: dict[str, Any] = {}
    try:
        if args.rates:
            options["rates"] = tuple(float(r) for r in args.rates.split(","))
        if args.matrix:
            options["matrix"] = [
                [float(x) for x in row.split(",")] for row in args.matrix.split(";")
            ]
    except ValueError:
        raise Refused(
            "--rates takes numbers like 0.02,0.3,1.05; --matrix like '1,0.8;0.2,1.2'."
        ) from None
    try:
        path = run_lab(args.name, args.out, **options)
    except (TypeError, ValueError) as problem:
        raise Refused(f"The {args.name} lab cannot take those options: {problem}") from None
    out.print(f"Saved {path}", soft_wrap=True)
    return 0


def cmd_watch(args: argparse.Namespace) -> int:
    from mathlings.actions import require_workspace
    from mathlings.watch import watch

    course = load_course()
    return watch(require_workspace(course, args.workspace), console(), args.max_checks)


def cmd_doctor(args: argparse.Namespace) -> int:
    from mathlings.actions import doctor
    from mathlings.packages import install_command

    report = doctor(load_course())
    out = console()
    python = f"Python {sys.version.split()[0]} ({sys.executable})"
    out.print(f"mathlings {own_version()} with {python}", soft_wrap=True)
    width = max(len(r.package.distribution) for r in report.packages)
    for r in report.packages:
        state = (r.version or "installed") if r.installed else "missing"
        enables = ", ".join(r.enables) or "no drill needs it yet"
        out.print(f"  {r.package.distribution:{width}}  {state:12}  {enables}", soft_wrap=True)
    drills_ok = report.drills - len(report.blocked_drills)
    labs_ok = report.labs - len(report.blocked_labs)
    out.print(
        f"\n{drills_ok} of {report.drills} drills can be checked here, and {labs_ok} of "
        f"{report.labs} labs drawn."
    )
    missing = [r.package for r in report.packages if not r.installed]
    if missing:
        names = ", ".join(p.distribution for p in missing)
        out.print(f"Missing: {names}. To install: `{install_command(missing)}`.", soft_wrap=True)
    activate = activation_hint()
    if activate:
        out.print(activate, soft_wrap=True)
    return EXIT_FAILED if report.blocked_drills or report.blocked_labs else 0


def own_version() -> str:
    import importlib.metadata

    try:
        return importlib.metadata.version("mathlings")
    except importlib.metadata.PackageNotFoundError:
        return "(not installed as a package)"


def cmd_tour(args: argparse.Namespace) -> int:
    from mathlings.tour import tour

    out = console()
    status = tour(out, args.dir)
    activate = activation_hint()
    if activate:
        out.print(activate, soft_wrap=True)
    return status


def cmd_compare(args: argparse.Namespace) -> int:
    from mathlings.actions import Refused
    from mathlings.evaluate import BadInput
    from mathlings.evaluate.compare import compare_files
    from mathlings.evaluate.text import text_lines

    try:
        result = compare_files(
            args.labels,
            args.a,
            args.b,
            regression=args.regression,
            level=args.level,
            resamples=args.resamples,
            seed=args.seed,
        )
    except BadInput as problem:
        raise Refused(str(problem)) from None
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        out = console()
        for line in text_lines(result):
            out.print(line, soft_wrap=True, markup=False)
    return 0


COMMANDS = {
    "init": cmd_init,
    "watch": cmd_watch,
    "check": cmd_check,
    "hint": cmd_hint,
    "list": cmd_list,
    "solution": cmd_solution,
    "reset": cmd_reset,
    "lesson": cmd_lesson,
    "lab": cmd_lab,
    "tour": cmd_tour,
    "doctor": cmd_doctor,
    "compare": cmd_compare,
}

if __name__ == "__main__":
    sys.exit(main())
