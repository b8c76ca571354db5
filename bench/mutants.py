"""Mutation figures for the checker: how many small wrong versions of each reference it rejects.

    .venv/bin/python bench/mutants.py                  every drill in the manifest
    .venv/bin/python bench/mutants.py norms gd-1d      only these drills
    .venv/bin/python bench/mutants.py --cap 40         at most 40 mutants per drill

For each drill, solution.py is parsed with the standard library's `ast` and one small change at a
time makes a first-order mutant: + ↔ −, * ↔ /, ** → *, @ → *, `x += e` → `x = e`; < ↔ <=, > ↔ >=,
== ↔ !=; `and` ↔ `or`; a numeric constant c → c + 1 (and an integer c → c − 1, 0.5 → 1); swapped
index pairs A[i, j] → A[j, i]; a dropped unary minus or `not`; a dropped abs(); max ↔ min, argmax
↔ argmin, sum ↔ mean, cos ↔ sin; range(n) → range(n − 1); a slice bound off by one ([:k] →
[:k + 1], [r:] → [r + 1:]); axis=0 ↔ axis=1; `[::-1]` and `.T` removed; f(a, b) → f(b, a); a
NumPy or math call dropped (np.sqrt(x) → x, np.clip(c, −1, 1) → c); max(a, b) → a and → b; a
`raise` or a statement inside a function dropped; and a function that returns its first argument.
Each mutant is written to a temporary file and checked by mathlings' own checker (one Sandbox for
the whole run, a short time limit); it is killed when the verdict is not a pass.

We considered mutmut, but it mutates a whole package and judges the mutants with that package's
own test runner; here the mutants are of one reference file, and the judge is our checker (a
drill's CHECKS, run by `mathlings.checker.check`), so a few AST operators written here do it.

A surviving mutant is either equivalent (still correct: a `<` that is never hit with equality, a
change to a branch the task's inputs never reach) or a blind spot of the drill's check.py. The
survivors already read are recorded in the drill's own drill.toml, by their one-line diff (without
the line number) and the reason:

    [[mutants.equivalent]]      # still correct: counted out of the score
    change = "largest = max(largest, abs(v_i))  →  largest = max(abs(v_i), largest)"
    why = "max is symmetric"

and `[[mutants.not_closable]]` for those that are wrong, but that no honest check tells from every
correct answer. Any other survivor is printed as "BLIND SPOT?" for a look. A script, not a test:
it prints figures and never fails a build.
"""

from __future__ import annotations

import argparse
import ast
import copy
import difflib
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from mathlings.catalog import Drill, load_course
from mathlings.checker import Sandbox, check

CAP = 80  # mutants per drill at most; a larger set is thinned evenly (the same ones every run)
TIMEOUT = 5.0  # seconds per check of one mutant

SWAP_BINOP: dict[type, type] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.Pow: ast.Mult,
    ast.MatMult: ast.Mult,
    ast.FloorDiv: ast.Div,
}
SWAP_COMPARE: dict[type, type] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
}
SWAP_NAME = {
    "max": "min",
    "min": "max",
    "argmax": "argmin",
    "argmin": "argmax",
    "maximum": "minimum",
    "minimum": "maximum",
    "sum": "mean",
    "mean": "sum",
    "cos": "sin",
    "sin": "cos",
}


@dataclass
class Mutant:
    operator: str
    line: int
    source: str  # the whole mutated file
    diff: str  # "old → new", one line


def plus_one(node: ast.expr) -> ast.expr:
    return ast.BinOp(left=node, op=ast.Add(), right=ast.Constant(1))


def minus_one(node: ast.expr) -> ast.expr:
    return ast.BinOp(left=node, op=ast.Sub(), right=ast.Constant(1))


Replacement = tuple[str, Callable[[ast.AST], ast.AST]]


def replacements(node: ast.AST) -> Iterator[Replacement]:
    """The first-order changes of one node, each as (operator name, a function that builds the
    replacing node from a copy of this one)."""
    if isinstance(node, (ast.BinOp, ast.AugAssign)) and type(node.op) in SWAP_BINOP:
        new_op = SWAP_BINOP[type(node.op)]

        def swap(n, new_op=new_op):
            n.op = new_op()
            return n

        yield ("binop", swap)
    if isinstance(node, ast.AugAssign):
        yield ("no-accumulate", lambda n: ast.Assign(targets=[n.target], value=n.value))
    if isinstance(node, ast.Compare):
        for k, op in enumerate(node.ops):
            if type(op) in SWAP_COMPARE:

                def swap_cmp(n, k=k):
                    n.ops[k] = SWAP_COMPARE[type(n.ops[k])]()
                    return n

                yield ("compare", swap_cmp)
    if isinstance(node, ast.BoolOp):
        yield (
            "and-or",
            lambda n: ast.BoolOp(ast.Or() if isinstance(n.op, ast.And) else ast.And(), n.values),
        )
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        c = node.value
        yield ("constant", lambda n: ast.Constant(c + 1))
        if isinstance(c, int) and c != 0:
            yield ("constant", lambda n: ast.Constant(c - 1))
        if c == 0.5:
            yield ("constant", lambda n: ast.Constant(1.0))
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Tuple):
        elts = node.slice.elts
        if len(elts) == 2 and ast.dump(elts[0]) != ast.dump(elts[1]):

            def swap_index(n):
                n.slice.elts = n.slice.elts[::-1]
                return n

            yield ("swap-index", swap_index)
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
        s = node.slice
        if s.step is not None and s.lower is None and s.upper is None:
            yield ("drop-reverse", lambda n: n.value)
    if isinstance(node, ast.Slice) and node.step is None:
        if node.upper is not None:

            def upper(n):
                n.upper = plus_one(n.upper)
                return n

            yield ("slice-bound", upper)
        if node.lower is not None:

            def lower(n):
                n.lower = plus_one(n.lower)
                return n

            yield ("slice-bound", lower)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.Not)):
        yield ("drop-unary", lambda n: n.operand)
    if isinstance(node, ast.Attribute) and node.attr == "T" and isinstance(node.ctx, ast.Load):
        yield ("drop-T", lambda n: n.value)
    if isinstance(node, ast.Call):
        name = node.func.id if isinstance(node.func, ast.Name) else None
        attr = node.func.attr if isinstance(node.func, ast.Attribute) else None
        if (name == "abs" or attr in ("abs", "fabs")) and len(node.args) == 1:
            yield ("drop-abs", lambda n: n.args[0])
        if name == "range" and len(node.args) in (1, 2):

            def shorter(n):
                n.args[-1] = minus_one(n.args[-1])
                return n

            yield ("range", shorter)
        for keyword in node.keywords:
            value = keyword.value
            if keyword.arg == "axis" and isinstance(value, ast.Constant) and value.value in (0, 1):

                def other_axis(n, arg=keyword.arg):
                    for kw in n.keywords:
                        if kw.arg == arg:
                            kw.value = ast.Constant(1 - kw.value.value)
                    return n

                yield ("axis", other_axis)
        if name in ("max", "min") and len(node.args) == 2 and not node.keywords:
            yield ("drop-call", lambda n: n.args[0])
            yield ("drop-call", lambda n: n.args[1])
        two = len(node.args) == 2 and not node.keywords and name != "range"
        if two and ast.dump(node.args[0]) != ast.dump(node.args[1]):

            def swap_args(n):
                n.args = n.args[::-1]
                return n

            yield ("swap-args", swap_args)
        module = node.func.value if isinstance(node.func, ast.Attribute) else None
        if (
            isinstance(module, ast.Name)
            and module.id in ("np", "numpy", "math", "cmath")
            and node.args
            and attr not in ("abs", "fabs")
        ):
            yield ("drop-call", lambda n: n.args[0])
    if isinstance(node, ast.Raise):
        yield ("drop-raise", lambda n: ast.Pass())
    if isinstance(node, (ast.Assign, ast.AugAssign, ast.Expr)) and node.col_offset > 0:
        yield ("drop-statement", lambda n: ast.Pass())
    if isinstance(node, ast.Name) and node.id in SWAP_NAME and isinstance(node.ctx, ast.Load):
        yield ("max-min", lambda n: ast.Name(SWAP_NAME[n.id], ast.Load()))
    if isinstance(node, ast.Attribute) and node.attr in SWAP_NAME:

        def other_name(n):
            n.attr = SWAP_NAME[n.attr]
            return n

        yield ("max-min", other_name)


def is_docstring(parent: ast.AST, node: ast.AST) -> bool:
    body = getattr(parent, "body", None)
    return (
        isinstance(body, list)
        and body
        and body[0] is node
        and isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def sites(tree: ast.Module) -> list[ast.AST]:
    """Every node in a fixed order (depth first, source order); imports are left alone."""
    found: list[ast.AST] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            return
        found.append(node)
        for child in ast.iter_child_nodes(node):
            if not is_docstring(node, child):
                visit(child)

    visit(tree)
    return found


class Replace(ast.NodeTransformer):
    """Replace the node at a given position of `sites` order."""

    def __init__(self, target: ast.AST, build: Callable[[ast.AST], ast.AST]) -> None:
        self.target, self.build = target, build

    def visit(self, node: ast.AST) -> ast.AST:
        if node is self.target:
            return ast.copy_location(self.build(node), node)
        return self.generic_visit(node)


def one_line_diff(before: str, after: str) -> str:
    old = before.splitlines()
    new = after.splitlines()
    removed, added = [], []
    for line in difflib.ndiff(old, new):
        if line.startswith("- "):
            removed.append(line[2:].strip())
        elif line.startswith("+ "):
            added.append(line[2:].strip())
    return f"{' / '.join(removed)}  →  {' / '.join(added)}"


def first_argument_returns(tree: ast.Module) -> Iterator[tuple[ast.FunctionDef, ast.Module]]:
    """For each function with arguments: a copy of the module where it returns its first one."""
    for k, fn in enumerate(n for n in tree.body if isinstance(n, ast.FunctionDef)):
        if not fn.args.args:
            continue
        mutated = copy.deepcopy(tree)
        target = [n for n in mutated.body if isinstance(n, ast.FunctionDef)][k]
        start = 1 if is_docstring(target, target.body[0]) else 0
        target.body.insert(start, ast.Return(ast.Name(fn.args.args[0].arg, ast.Load())))
        yield fn, mutated


def mutants(solution: Path) -> list[Mutant]:
    text = solution.read_text()
    tree = ast.parse(text)
    original = ast.unparse(tree)
    seen = {original}
    found: list[Mutant] = []

    def add(operator: str, line: int, mutated: ast.Module, diff: str | None = None) -> None:
        try:
            source = ast.unparse(ast.fix_missing_locations(mutated))
            compile(source, str(solution), "exec")
        except (SyntaxError, ValueError, TypeError, AttributeError):
            return
        if source in seen:
            return
        seen.add(source)
        found.append(Mutant(operator, line, source, diff or one_line_diff(original, source)))

    for index, node in enumerate(sites(tree)):
        for operator, build in replacements(node):
            mutated = copy.deepcopy(tree)
            target = sites(mutated)[index]
            add(operator, getattr(node, "lineno", 0), Replace(target, build).visit(mutated))
    for fn, mutated in first_argument_returns(tree):
        first = fn.args.args[0].arg
        add("return-first-arg", fn.lineno, mutated, f"def {fn.name}(…)  →  return {first}")
    return found


def recorded(drill: Drill) -> dict[str, dict[str, str]]:
    """The survivors already read, from the drill's drill.toml: {"equivalent": {change: why},
    "not_closable": {change: why}}."""
    table = tomllib.loads((drill.path / "drill.toml").read_text()).get("mutants", {})
    return {
        kind: {entry["change"]: entry["why"] for entry in table.get(kind, [])}
        for kind in ("equivalent", "not_closable")
    }


def thinned(items: list[Mutant], cap: int) -> list[Mutant]:
    if len(items) <= cap:
        return items
    return [items[round(i * (len(items) - 1) / (cap - 1))] for i in range(cap)]


def run_drill(drill: Drill, sandbox: Sandbox, folder: Path, cap: int) -> tuple[int, int, list]:
    every = mutants(drill.path / "solution.py")
    chosen = thinned(every, cap)
    survivors = []
    for k, mutant in enumerate(chosen):
        file = folder / f"{drill.id.replace('-', '_')}_{k}.py"
        file.write_text(mutant.source)
        verdict = check(drill, file=file, sandbox=sandbox, timeout=TIMEOUT)
        if verdict.status == "pass":
            survivors.append(mutant)
    return len(every), len(chosen), survivors


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("drills", nargs="*", help="drill ids (default: all in the manifest)")
    parser.add_argument("--cap", type=int, default=CAP, help=f"mutants per drill (default {CAP})")
    options = parser.parse_args(argv)
    course = load_course()
    drills = [course.drill(name) for name in options.drills] or list(course.drills.values())
    started = time.perf_counter()
    totals = [0, 0, 0]
    print(f"{'drill':24} {'mutants':>8} {'killed':>7} {'survived':>9} {'score':>6}  (equiv.)")
    with Sandbox() as sandbox, tempfile.TemporaryDirectory() as tmp:
        for drill in drills:
            made, tried, survivors = run_drill(drill, sandbox, Path(tmp), options.cap)
            read = recorded(drill)
            equivalent = [m for m in survivors if m.diff in read["equivalent"]]
            killed = tried - len(survivors)
            # The score counts equivalent mutants out: they are not wrong, so nothing can kill them.
            real = tried - len(equivalent)
            score = killed / real if real else 1.0
            of = f" of {made}" if made > tried else ""
            print(
                f"{drill.id:24} {tried:>8} {killed:>7} {len(survivors):>9} {score:>6.0%}"
                f"  ({len(equivalent)}){of}"
            )
            for m in survivors:
                if m.diff in read["equivalent"]:
                    mark = f"equivalent: {read['equivalent'][m.diff]}"
                elif m.diff in read["not_closable"]:
                    mark = f"blind spot, not closable: {read['not_closable'][m.diff]}"
                else:
                    mark = "BLIND SPOT? (not yet read)"
                print(f"    L{m.line:<4} {m.operator:16} {m.diff}\n{'':10}{mark}")
            totals[0] += tried
            totals[1] += killed
            totals[2] += len(survivors)
            sys.stdout.flush()
    print(
        f"{'all':24} {totals[0]:>8} {totals[1]:>7} {totals[2]:>9}"
        f"   in {time.perf_counter() - started:.0f} s"
    )


if __name__ == "__main__":
    main()
