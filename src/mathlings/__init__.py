"""mathlings: a self-checking workbook for the math behind machine learning.

From a notebook: `mathlings.check("mse-gradient", globals())` (or a single function) checks your
code in a separate process and shows the verdict.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mathlings.checker.verdict import Verdict

__version__ = "0.1.0"
__all__ = ["check"]


def check(drill: str, code: Any, timeout: float | None = None) -> Verdict:
    """Check a namespace (such as `globals()`) or one function against a drill."""
    from mathlings.notebook import check as check_in_notebook

    return check_in_notebook(drill, code, timeout)
