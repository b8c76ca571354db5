"""From Python and Jupyter: `mathlings.check(DRILL, globals() or a function)` gives a verdict."""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest

import mathlings
from mathlings.checker.verdict import CheckResult, Counterexample, Diagnosis, Verdict
from mathlings.render import verdict_html, verdict_text

FAILING = Verdict(
    drill="demo",
    status="fail",
    message="f(x) gave a wrong answer",
    diagnosis=Diagnosis("off-by-two", "Your answer is off by a factor 2."),
    counterexample=Counterexample(
        call="f(x)", inputs={"x": [0.1]}, expected=[1.0, 2.0], got=[1.0, 4.0], wrong=[[1]]
    ),
    checks=[CheckResult("f", "fail"), CheckResult("g", "pass")],
)
PASSING = Verdict(drill="demo", status="pass", message="All 3 checks pass.")
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


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
    html = verdict_html(verdict)
    assert "<" in html and "matmul-from-scratch" in html


class Fragment(HTMLParser):
    """The tags, styles and text of an HTML fragment."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.depth, self.roots = 0, 0
        self.styles: list[str] = []
        self.text = ""
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.roots += self.depth == 0
        self.depth += 1
        self.tags.append(tag)
        self.styles += [value or "" for name, value in attrs if name == "style"]

    def handle_endtag(self, tag: str) -> None:
        self.depth -= 1

    def handle_data(self, data: str) -> None:
        self.text += data

    def handle_decl(self, decl: str) -> None:
        self.tags.append("!" + decl)


@pytest.mark.parametrize("verdict", [FAILING, PASSING], ids=["fail", "pass"])
def test_the_html_is_one_fragment_in_the_notebooks_colours_with_the_terminals_lines(
    verdict: Verdict,
) -> None:
    html = Fragment(verdict_html(verdict))
    assert html.roots == 1 and html.tags[0] == "pre"
    assert not {"!DOCTYPE html", "html", "head", "body", "style"} & set(html.tags)
    styles = " ".join(html.styles)
    assert "background: none" in styles and "color: inherit" in styles
    assert "#ffffff" not in styles and "background-color" not in styles
    assert html.text == verdict_text(verdict).rstrip()
    assert html.text.startswith("✗ demo" if verdict.status == "fail" else "✓ demo")


def headless_browser() -> str | None:
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


THEMES = {  # JupyterLab's own values for its light and dark themes
    "light": {
        "--jp-error-color1": "#d32f2f",
        "--jp-success-color1": "#388e3c",
        "color": "#212121",
        "background": "#ffffff",
    },
    "dark": {
        "--jp-error-color1": "#f44336",
        "--jp-success-color1": "#4caf50",
        "color": "#e0e0e0",
        "background": "#111111",
    },
}
MEASURE = """
const out = [];
for (const theme of document.querySelectorAll("[data-theme]")) {
  for (const pre of theme.querySelectorAll("pre.mathlings-verdict")) {
    const mark = pre.querySelector("span");
    out.push({theme: theme.dataset.theme, status: pre.dataset.status, text: pre.innerText,
              mark_colour: getComputedStyle(mark).color,
              colour: getComputedStyle(pre).color, inherited: getComputedStyle(theme).color,
              background: getComputedStyle(pre).backgroundColor});
  }
}
document.getElementById("measured").textContent = JSON.stringify(out);
"""


def rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def test_a_headless_browser_shows_the_marks_in_the_light_and_the_dark_theme(tmp_path: Path) -> None:
    browser = headless_browser()
    if browser is None:
        pytest.skip(f"no headless browser ({', '.join(BROWSERS)}): `apt-get install chromium`")
    fragments = verdict_html(FAILING) + verdict_html(PASSING)
    themes = "".join(
        f'<div data-theme="{name}" style="{"; ".join(f"{k}: {v}" for k, v in theme.items())}">'
        f"{fragments}</div>"
        for name, theme in THEMES.items()
    )
    page = tmp_path / "notebook.html"
    page.write_text(
        f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{themes}'
        f'<pre id="measured"></pre><script>{MEASURE}</script></body></html>'
    )
    done = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    measured = done.stdout.split('<pre id="measured">')[1].split("</pre>")[0]
    shown = json.loads(measured.replace("&quot;", '"').replace("&amp;", "&"))
    assert [(s["theme"], s["status"]) for s in shown] == [
        (t, s) for t in THEMES for s in ("fail", "pass")
    ]
    for s in shown:
        theme = THEMES[s["theme"]]
        mark, colour = (
            ("✗", "--jp-error-color1") if s["status"] == "fail" else ("✓", "--jp-success-color1")
        )
        assert s["text"].startswith(f"{mark} demo")
        assert s["mark_colour"] == rgb(theme[colour]), "the mark takes the theme's colour"
        assert s["colour"] == s["inherited"] == rgb(theme["color"]), "the text takes the theme's"
        assert s["background"] == "rgba(0, 0, 0, 0)", "no background of its own"
    assert "* marks the wrong entries" in shown[0]["text"] and "4.0*" in shown[0]["text"]


def test_anything_else_is_refused_with_a_sentence() -> None:
    with pytest.raises(TypeError, match="globals"):
        mathlings.check("matmul-from-scratch", 42)


def test_a_real_notebook_runs_the_check_and_shows_the_verdict(tmp_path) -> None:
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
    notebook = executed(cells, tmp_path)
    shown = notebook.cells[4].outputs[0]["data"]
    assert "text/html" in shown and "pass" in shown["text/html"]


def executed(cells: list[str], folder: Path):
    """A notebook of these code cells, run by a real kernel in `folder`."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(folder)}}
    ).execute()
    return notebook


def test_a_bare_check_at_the_end_of_a_cell_shows_its_verdict_once(tmp_path) -> None:
    cells = [
        "import mathlings\ndef dot(u, v):\n    return 0.0",
        "mathlings.check('matmul-from-scratch', dot)",
        "print(mathlings.check('matmul-from-scratch', dot))",
    ]
    notebook = executed(cells, tmp_path)
    (shown,) = notebook.cells[1].outputs
    assert shown["output_type"] == "execute_result"
    html, plain = shown["data"]["text/html"], shown["data"]["text/plain"]
    assert html.startswith("<pre") and "<!DOCTYPE" not in html and "✗ matmul-from-scratch" in html
    assert plain.startswith("✗ matmul-from-scratch  fail") and "\x1b[" not in plain
    (printed,) = notebook.cells[2].outputs
    assert printed["output_type"] == "stream" and "✗ matmul-from-scratch" in printed["text"]
