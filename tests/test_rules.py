"""The "from scratch" scan sees through aliases; an allow-list refuses whatever it does not list;
the run-time guards see what the scan cannot."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

from mathlings.catalog import load_course
from mathlings.checker import Sandbox, check
from mathlings.checker.rules import Rules, rules_from_toml, scan

FORBID = Rules(forbid=("@", "numpy.dot", "numpy.linalg", ".T", ".sum", "scipy"))
ALLOW = Rules(
    allow=("numpy.zeros", "numpy.empty", "numpy.zeros_like", "numpy.array", ".shape", ".tolist"),
    forbid=("math.fsum",),
)
COURSE = load_course()


def found(source: str, rules: Rules = FORBID) -> list[tuple[int, str]]:
    return [(v.line, v.rule) for v in scan(ast.parse(source), rules)]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import numpy as np\nnp.dot(a, b)", [(2, "numpy.dot")]),
        ("import numpy\nnumpy.dot(a, b)", [(2, "numpy.dot")]),
        ("from numpy import dot as d\nd(a, b)", [(1, "numpy.dot"), (2, "numpy.dot")]),
        ("import numpy as np\nf = np.dot\nf(a, b)", [(2, "numpy.dot"), (3, "numpy.dot")]),
        ("import numpy as np\ngetattr(np, 'dot')(a, b)", [(2, "numpy.dot")]),
        ("import numpy as np\nnp.linalg.norm(a)", [(2, "numpy.linalg")]),
        ("import numpy.linalg as la\nla.norm(a)", [(1, "numpy.linalg"), (2, "numpy.linalg")]),
        ("from numpy.linalg import norm\nnorm(a)", [(1, "numpy.linalg"), (2, "numpy.linalg")]),
        ("c = a @ b", [(1, "@")]),
        ("c @= b", [(1, "@")]),
        ("import operator\nc = operator.matmul(a, b)", [(2, "@")]),
        ("c = a.T", [(1, ".T")]),
        ("c = a.sum()", [(1, ".sum")]),
        ("c = getattr(a, 'T')", [(1, ".T")]),
        ("import scipy.linalg", [(1, "scipy")]),
        ("import importlib\nm = importlib.import_module('scipy')", [(2, "scipy")]),
    ],
)
def test_the_scan_finds_forbidden_names_through_aliases(source, expected) -> None:
    assert sorted(set(found(source))) == sorted(set(expected))


@pytest.mark.parametrize(
    "source",
    [
        "import numpy as np\nC = np.zeros((2, 3))\nC[0, 1] = A[0, 0] * B[0, 1]",
        "total = sum(u[i] * v[i] for i in range(len(u)))",
        "import numpy as np\nn, m = A.shape",
        "def dot(u, v):\n    return 0.0",  # a learner function may share a forbidden name
        "import numpy as np\nnp.vecdot(a, b)",  # a forbid-list refuses only what it names
    ],
)
def test_a_forbid_list_leaves_everything_else_alone(source) -> None:
    assert found(source) == []


@pytest.mark.parametrize(
    ("source", "rule"),
    [
        ("import numpy as np\nnp.vecdot(a, b)", "numpy.vecdot"),
        ("import numpy as np\nnp.matvec(A, v)", "numpy.matvec"),
        ("import numpy as np\nnp.correlate(a, b)", "numpy.correlate"),
        ("import numpy as np\nnp.einsum('ij,jk', A, B)", "numpy.einsum"),
        ("c = a.__matmul__(b)", ".__matmul__"),
        ("import numpy as np\nnp.ndarray.__matmul__(a, b)", "numpy.ndarray.__matmul__"),
        ("import operator\noperator.matmul(a, b)", "@"),
        ("from operator import matmul", "@"),
        ("import numpy as np\nnp._core.multiarray.dot(a, b)", "numpy._core.multiarray.dot"),
        ("from numpy import dot as d", "numpy.dot"),
        ("import numpy as np\ngetattr(np, 'dot')(a, b)", "numpy.dot"),
        ("import numpy.linalg as la", "numpy.linalg"),
        ("import numpy as np\nnp.add.reduce(a)", "numpy.add.reduce"),
        ("from numpy import *", "numpy.*"),
        ("import scipy", "scipy"),
        ("import torch", "torch"),
        ("c = a @ b", "@"),
        ("c = a.T", ".T"),
        ("c = a.dot(b)", ".dot"),
        ("c = a.sum()", ".sum"),
        ("import numpy as np\nc = np.zeros(3).dot(b)", ".dot"),
        ("c = getattr(a, 'dot')(b)", ".dot"),
        ("import operator\nc = operator.methodcaller('dot', b)(a)", ".dot"),
        ("import sys\nsys.modules['numpy'].vecdot(a, b)", "numpy.vecdot"),
        ("import numpy as np\ndef f(u, m=np):\n    return m.vecdot(u, u)", "numpy"),
        ("import numpy as np\nvars(np)['dot']", "numpy"),
        ("exec('c = a @ b')", "exec"),
        ("import math\nmath.fsum(x)", "math.fsum"),  # forbid adds to an allow-list
    ],
)
def test_an_allow_list_refuses_what_it_does_not_list(source, rule) -> None:
    assert rule in {r for _, r in found(source, ALLOW)}


@pytest.mark.parametrize(
    "source",
    [
        "import numpy as np\nC = np.zeros((2, 3))\nC[0, 1] = A[0, 0] * B[0, 1]",
        "import numpy as np\nn, m = A.shape\nE = np.empty((m, n))\nZ = np.zeros_like(A)",
        "import numpy as np\nC = np.array([[A[i, j] for i in range(n)] for j in range(m)])",
        "from numpy import zeros\nC = zeros(3)",
        "total = sum(u[i] * v[i] for i in range(len(u)))",
        "for i, row in enumerate(A):\n    C[:, i] = row * 2.0 - row / 3.0",
        "acc, i = 0.0, 0\nwhile i < len(u):\n    acc += u[i] * v[i]\n    i += 1",
        "rows = [3, 1]\nrows.sort()\nrows.append(abs(-2))\nkept = rows.copy()",
        "z = complex(1, 2)\nsize = z.real ** 2 + z.imag ** 2 + max(1, 2)",
        "import math\nroot = math.sqrt(2.0) + math.prod([1, 2])",
        "out = C.tolist()",
        "if __name__ == '__main__':\n    print('hi')",
        "def dot(u, v):\n    return 0.0",
    ],
)
def test_an_allow_list_leaves_plain_python_and_what_it_lists_alone(source) -> None:
    assert found(source, ALLOW) == []


def test_a_violation_reads_as_a_sentence_with_its_line() -> None:
    (violation,) = scan(ast.parse("x = 1\ny = a.T"), FORBID)
    assert violation.sentence() == "line 2 uses a.T, which this drill forbids"


def test_rules_travel_as_plain_data_and_come_back_the_same() -> None:
    plain = ALLOW.to_plain()
    assert plain == {
        "allow": list(ALLOW.allow or ()),
        "forbid": ["math.fsum"],
        "why": ALLOW.why,
    }
    assert Rules.from_plain(plain) == ALLOW
    assert Rules.from_plain(FORBID.to_plain()) == FORBID


def test_drill_toml_rules_are_read_and_their_mistakes_named() -> None:
    rules = rules_from_toml({"rules": {"why": "from scratch", "allow": ["numpy.zeros", "@"]}})
    assert rules == Rules(allow=("numpy.zeros", "@"), why="from scratch")
    assert rules_from_toml({}) == Rules()
    with pytest.raises(ValueError, match="knows allow, forbid and why"):
        rules_from_toml({"rules": {"alow": ["numpy.zeros"]}})
    with pytest.raises(ValueError, match="numpy, not np"):
        Rules(allow=("np.zeros",))


def drill_rules(drill) -> Rules:
    return rules_from_toml(tomllib.loads((drill.path / "drill.toml").read_text()))


ALLOW_LIST_DRILLS = [d for d in COURSE.drills.values() if drill_rules(d).allow is not None]


def test_the_from_scratch_drills_have_allow_lists() -> None:
    # "From scratch" drills say what is allowed; drills that only keep one shortcut out
    # (power-iteration: no eig; eigen-2x2: no eig or roots) forbid that and allow the rest of NumPy.
    assert {d.id for d in ALLOW_LIST_DRILLS} >= {"matmul-from-scratch", "norms", "row-reduction"}


@pytest.mark.parametrize("drill", ALLOW_LIST_DRILLS, ids=lambda d: d.id)
def test_every_correct_solution_of_an_allow_list_drill_passes_the_scan(drill) -> None:
    for path in [drill.path / "solution.py", *drill.alternatives]:
        assert scan(ast.parse(path.read_text()), drill_rules(drill)) == [], path.name


@pytest.mark.parametrize("drill", ALLOW_LIST_DRILLS, ids=lambda d: d.id)
def test_the_task_text_names_everything_the_allow_list_allows(drill) -> None:
    text = (drill.path / "task.md").read_text()
    for entry in drill_rules(drill).allow or ():
        shown = entry.removesuffix(".*").replace("numpy.", "np.", 1)
        assert re.search(re.escape(shown) + r"(?!\w)", text), f"task.md does not name {shown}"


FORBID_LIST_DRILLS = [d for d in COURSE.drills.values() if drill_rules(d).forbid]
# How a task names a package it forbids as a whole.
PACKAGE_NAMES = {"scipy": "SciPy", "sympy": "SymPy", "sklearn": "scikit-learn", "jax": "JAX"}


def names(text: str, entry: str) -> bool:
    """Whether task.md names a forbidden entry: as the drill.toml writes it (numpy. as np.), a
    package by its usual name (SciPy), or a function by its own name in a list that names its
    module (`np.linalg.eig`, `eigh`)."""
    if re.search(re.escape(entry.replace("numpy.", "np.", 1)) + r"(?!\w)", text):
        return True
    if "." not in entry:
        return (
            re.search(rf"\b{re.escape(PACKAGE_NAMES.get(entry, entry))}\b", text, re.I) is not None
        )
    return f"`{entry.rsplit('.', 1)[1]}`" in text


@pytest.mark.parametrize("drill", FORBID_LIST_DRILLS, ids=lambda d: d.id)
def test_the_task_text_names_everything_the_forbid_list_forbids(drill) -> None:
    text = (drill.path / "task.md").read_text()
    forbid = drill_rules(drill).forbid
    for entry in forbid:
        # `np.ma.cov` is refused by `.cov` (any attribute of that name): naming `.cov` names both.
        wider = [
            w
            for w in forbid
            if w != entry and (entry.endswith(w) if w[0] == "." else entry.startswith(f"{w}."))
        ]
        assert names(text, entry) or any(names(text, w) for w in wider), (
            f"task.md does not name {entry}, which drill.toml forbids"
        )


def test_the_run_time_guard_catches_a_name_built_at_run_time(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    drill = COURSE.drill("matmul-from-scratch")
    reference = (drill.path / "solution.py").read_text()
    file = tmp_path / "sneaky.py"
    file.write_text(
        f"{reference}\n\ndef matmul(A, B):\n    return getattr(np, 'ma' + 'tmul')(A, B)\n"
    )
    assert found(file.read_text(), drill_rules(drill)) == []  # the scan cannot see it
    verdict = check(drill, file=file, sandbox=sandbox)
    assert verdict.status == "rule", str(verdict)
    assert "uses np.matmul" in verdict.message
