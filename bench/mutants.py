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
survivors already read are listed with the reason: EQUIVALENT (counted out of the score) and
NOT_CLOSABLE (wrong, but no honest check tells them from every correct answer); any other survivor
is printed as "BLIND SPOT?" for a look. A script, not a test: it prints figures and never fails a
build.
"""

from __future__ import annotations

import argparse
import ast
import copy
import difflib
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from mathlings.catalog import Drill, load_course
from mathlings.checker import Sandbox, check

CAP = 80  # mutants per drill at most; a larger set is thinned evenly (the same ones every run)
TIMEOUT = 5.0  # seconds per check of one mutant

# Survivors read and found correct, by drill and their one-line diff (without the line number).
ZERO_RULE = "zero = tol * max(1.0, float(np.max(np.abs(R)))) if R.size else tol"
NULL_TOL = "tol = sigma.max(initial=0.0) * max(m, n) * np.finfo(float).eps"
POWER_DEF = "def power_iteration(A, tol=1e-10, max_iter=10000):"
POWER_CHANGE = "change = min(np.linalg.norm(v_next - v), np.linalg.norm(v_next + v))"
COMPLETE_DEF = "def complete(R, mask, k, iterations=300, tol=1e-10):"
LIST_OK = "the task accepts a nested list for an array"
STOPPING = "a stopping test or iteration count: the answer is judged by its accuracy"
EQUIVALENT: dict[tuple[str, str], str] = {
    ("norms", "largest = max(largest, abs(v_i))  →  largest = max(abs(v_i), largest)"): (
        "max is symmetric"
    ),
    (
        "cosine-similarity",
        "cos_theta = np.clip(cosine_similarity(u, v), -1.0, 1.0)  →  "
        "cos_theta = np.clip(cosine_similarity(v, u), -1.0, 1.0)",
    ): "the cosine is symmetric in u and v",
    ("linear-maps", "return np.array([[c, -s], [s, c]])  →  return [[c, -s], [s, c]]"): LIST_OK,
    (
        "linear-maps",
        "return np.array([[sx, 0.0], [0.0, sy]])  →  return [[sx, 0.0], [0.0, sy]]",
    ): LIST_OK,
    ("composition", "return np.array([[c, -s], [s, c]])  →  return [[c, -s], [s, c]]"): LIST_OK,
    (
        "composition",
        "return np.array([[sx, 0.0], [0.0, sy]])  →  return [[sx, 0.0], [0.0, sy]]",
    ): LIST_OK,
    ("composition", "A = rotation(np.pi / 2)  →  A = rotation(np.pi / 3)"): (
        "any pair with AB ≠ BA is right, and this one still does not commute"
    ),
    ("composition", "B = scaling(2.0, 1.0)  →  B = scaling(1.0, 2.0)"): (
        "any pair with AB ≠ BA is right, and this one still does not commute"
    ),
    ("composition", "B = scaling(2.0, 1.0)  →  B = scaling(3.0, 1.0)"): (
        "any pair with AB ≠ BA is right, and this one still does not commute"
    ),
    (
        "matmul-from-scratch",
        "C[i, j] = dot(A[i, :], B[:, j])  →  C[i, j] = dot(B[:, j], A[i, :])",
    ): "the dot product is symmetric",
    (
        "row-reduction",
        f"{ZERO_RULE}  →  zero = tol * max(float(np.max(np.abs(R))), 1.0) if R.size else tol",
    ): ("max is symmetric"),
    ("null-space", f"{NULL_TOL}  →  {NULL_TOL.replace('max(m, n)', 'max(n, m)')}"): (
        "max is symmetric"
    ),
    ("eigen-2x2", "if disc >= 0:  →  if disc > 0:"): (
        "at disc = 0 cmath.sqrt gives the same roots as complex numbers with imaginary part 0, "
        "which the task allows"
    ),
    ("eigen-2x2", "if disc >= 0:  →  if disc >= 1:"): (
        "for 0 ≤ disc < 1 cmath.sqrt gives the same roots as complex numbers with imaginary "
        "part 0, which the task allows"
    ),
    ("eigen-2x2", "if math.hypot(p, q) == 0.0:  →  if math.hypot(q, p) == 0.0:"): (
        "hypot is symmetric"
    ),
    ("eigen-2x2", "if math.hypot(p, q) == 0.0:  →  if p == 0.0:"): (
        "when p = 0 the eigenvector ∥ (−q, p) = (−q, 0) is ±(1, 0), which this branch returns"
    ),
    ("eigen-2x2", "return np.array([1.0, 0.0])  →  return [1.0, 0.0]"): LIST_OK,
    ("eigen-2x2", "v = np.array([-q, p])  →  v = [-q, p]"): (
        "v / np.linalg.norm(v) turns the list into the same array"
    ),
    ("power-iteration", f"{POWER_DEF}  →  {POWER_DEF.replace('10000', '10001')}"): (
        "max_iter is never reached on matrices with a dominant eigenvalue"
    ),
    ("power-iteration", f"{POWER_DEF}  →  {POWER_DEF.replace('10000', '9999')}"): (
        "max_iter is never reached on matrices with a dominant eigenvalue"
    ),
    ("power-iteration", "for _ in range(max_iter):  →  for _ in range(max_iter - 1):"): (
        "max_iter is never reached on matrices with a dominant eigenvalue"
    ),
    ("power-iteration", "n = A.shape[0]  →  n = A.shape[1]"): "A is square",
    ("power-iteration", "rng = np.random.default_rng(0)  →  rng = np.random.default_rng(1)"): (
        "any random start works"
    ),
    ("power-iteration", "v = v / np.linalg.norm(v)  →  v = v * np.linalg.norm(v)"): (
        "the start's length does not matter: the first step normalises"
    ),
    ("power-iteration", "v = v / np.linalg.norm(v)  →  pass"): (
        "the start's length does not matter: the first step normalises"
    ),
    (
        "power-iteration",
        f"{POWER_CHANGE}  →  change = min(np.linalg.norm(v_next + v), np.linalg.norm(v_next - v))",
    ): ("min is symmetric"),
    ("power-iteration", "if change < tol:  →  if change <= tol:"): (
        "change never equals tol exactly"
    ),
    ("recommender", f"{COMPLETE_DEF}  →  {COMPLETE_DEF.replace('300', '301')}"): STOPPING,
    ("recommender", f"{COMPLETE_DEF}  →  {COMPLETE_DEF.replace('300', '299')}"): STOPPING,
    ("recommender", "for _ in range(iterations):  →  for _ in range(iterations - 1):"): STOPPING,
    ("recommender", "change = np.linalg.norm(X_new - X)  →  change = np.linalg.norm(X_new + X)"): (
        STOPPING
    ),
    (
        "recommender",
        "if change <= tol * np.linalg.norm(X):  →  if change < tol * np.linalg.norm(X):",
    ): STOPPING,
    (
        "recommender",
        "if change <= tol * np.linalg.norm(X):  →  if change <= tol / np.linalg.norm(X):",
    ): STOPPING,
    ("recommender", "X = np.where(mask, R, item_means)  →  X = mask"): (
        "hard impute from another first guess (0/1 instead of item means) converges as well; "
        "the task leaves the first fill free"
    ),
    ("pca", "n = X.shape[0]  →  n = X.shape[1]"): (
        "scaling C changes neither its eigenvectors, nor the variance shares, nor Z"
    ),
    ("pca", "C = Xc.T @ Xc / n  →  C = Xc.T @ Xc * n"): (
        "scaling C changes neither its eigenvectors, nor the variance shares, nor Z"
    ),
    ("mlp-backprop", "h = np.maximum(z1, 0.0)  →  h = np.maximum(0.0, z1)"): (
        "np.maximum is symmetric"
    ),
    ("mlp-backprop", "dz1 = dh * (z1 > 0)  →  dz1 = dh * (z1 >= 0)"): (
        "differs only at relu's kink z₁ = 0, which the task excludes (no z₁ within 0.01 of 0)"
    ),
    ("gd-1d", "diverge = 1.1  →  diverge = 2.1"): "η = 2.1 diverges too",
}

# Survivors that are wrong, but where no honest check tells them apart from every correct answer.
NOT_CLOSABLE: dict[tuple[str, str], str] = {
    ("row-reduction", f"{ZERO_RULE}  →  {ZERO_RULE.replace('max(1.0', 'max(2.0')}"): (
        "differs only for a pivot candidate in (tol, 2·tol] when max|A| < 2, where the drill's "
        "own rank (matrix_rank at 1e-9·σ₁) already counts it as zero"
    ),
    ("row-reduction", "if abs(R[p, col]) <= zero:  →  if abs(R[p, col]) < zero:"): (
        "differs only when a candidate equals the threshold exactly (a float tie)"
    ),
    ("null-space", f"{NULL_TOL}  →  {NULL_TOL.replace('initial=0.0', 'initial=1.0')}"): (
        "an absolute floor max(m, n)·eps: differs only when σ₁ < ~1e-15, where the allowed RREF "
        "route (|x| ≤ tol·max(1, max|A|)) calls everything zero as well"
    ),
    ("null-space", f"{NULL_TOL}  →  {NULL_TOL.replace('max(m, n)', 'm')}"): (
        "the cut-off moves by a few eps·σ₁: only singular values in that band differ, and there "
        "rounding decides"
    ),
    ("null-space", f"{NULL_TOL}  →  {NULL_TOL.replace('max(m, n)', 'n')}"): (
        "the cut-off moves by a few eps·σ₁: only singular values in that band differ, and there "
        "rounding decides"
    ),
    ("null-space", f"{NULL_TOL}  →  {NULL_TOL.replace('max(m, n)', 'min(m, n)')}"): (
        "the cut-off moves by a few eps·σ₁: only singular values in that band differ, and there "
        "rounding decides"
    ),
}

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
            equivalent = [m for m in survivors if (drill.id, m.diff) in EQUIVALENT]
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
                key = (drill.id, m.diff)
                if key in EQUIVALENT:
                    mark = f"equivalent: {EQUIVALENT[key]}"
                elif key in NOT_CLOSABLE:
                    mark = f"blind spot, not closable: {NOT_CLOSABLE[key]}"
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
