"""The "from scratch" scan sees through aliases; the run-time guards see what the scan cannot."""

from __future__ import annotations

import ast

import pytest

from mathlings.checker.rules import scan

RULES = ("@", "numpy.dot", "numpy.linalg", ".T", ".sum", "scipy")


def found(source: str) -> list[tuple[int, str]]:
    return [(v.line, v.rule) for v in scan(ast.parse(source), RULES)]


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
    ],
)
def test_the_scan_leaves_allowed_code_alone(source) -> None:
    assert found(source) == []


def test_a_violation_reads_as_a_sentence_with_its_line() -> None:
    (violation,) = scan(ast.parse("x = 1\ny = a.T"), RULES)
    assert violation.sentence() == "line 2 uses a.T, which this drill forbids"
