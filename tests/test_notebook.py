"""From Python and Jupyter: `mathlings.check(DRILL, globals() or a function)` gives a verdict."""

from __future__ import annotations

import numpy as np
import pytest

import mathlings


def dot(u, v):
    return float(sum(u[i] * v[i] for i in range(len(u))))


def transpose(A):
    out = np.zeros((A.shape[1], A.shape[0]))
    for i in range(A.shape[0]):
        for j in range(A.shape[1]):
            out[j, i] = A[i, j]
    return out


def matmul(A, B):
    C = np.zeros((A.shape[0], B.shape[1]))
    for i in range(A.shape[0]):
        for j in range(B.shape[1]):
            C[i, j] = dot(A[i, :], B[:, j])
    return C


def test_a_namespace_of_correct_functions_passes() -> None:
    verdict = mathlings.check(
        "matmul-from-scratch", {"dot": dot, "transpose": transpose, "matmul": matmul, "np": np}
    )
    assert verdict.status == "pass", str(verdict)


def test_a_single_function_is_checked_and_the_missing_ones_are_named() -> None:
    verdict = mathlings.check("matmul-from-scratch", dot)
    assert verdict.status == "error"
    assert "transpose(A)" in verdict.message


def test_from_scratch_rules_apply_to_notebook_code_too() -> None:
    def dot(u, v):
        return np.dot(u, v)

    verdict = mathlings.check("matmul-from-scratch", {"dot": dot, "np": np})
    assert verdict.status == "rule"
    assert "np.dot" in verdict.message


def test_the_verdict_renders_as_html_for_jupyter() -> None:
    verdict = mathlings.check("matmul-from-scratch", dot)
    html = verdict._repr_html_()
    assert "<" in html and "matmul-from-scratch" in html


def test_anything_else_is_refused_with_a_sentence() -> None:
    with pytest.raises(TypeError, match="globals"):
        mathlings.check("matmul-from-scratch", 42)


def test_a_real_notebook_runs_the_check_and_shows_the_verdict(tmp_path) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    cells = [
        "import numpy as np\nimport mathlings",
        "def dot(u, v):\n    return float(sum(a * b for a, b in zip(u, v)))",
        "def transpose(A):\n    return np.array([[A[i, j] for i in range(A.shape[0])]"
        " for j in range(A.shape[1])]).reshape(A.shape[1], A.shape[0])",
        "def matmul(A, B):\n    C = np.zeros((A.shape[0], B.shape[1]))\n"
        "    for i in range(A.shape[0]):\n        for j in range(B.shape[1]):\n"
        "            C[i, j] = dot(A[i, :], B[:, j])\n    return C",
        "verdict = mathlings.check('matmul-from-scratch', globals())\nverdict",
        "assert verdict.status == 'pass', str(verdict)",
    ]
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    nbclient.NotebookClient(
        notebook,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(tmp_path)}},
    ).execute()
    shown = notebook.cells[4].outputs[0]["data"]
    assert "text/html" in shown and "pass" in shown["text/html"]
