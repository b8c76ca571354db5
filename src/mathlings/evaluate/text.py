"""The terminal's view of a comparison: a few aligned lines, then the plain readings."""

from __future__ import annotations

from mathlings.evaluate.reading import amount, interval
from mathlings.evaluate.result import Comparison


def text_lines(result: Comparison) -> list[str]:
    runs = result.runs
    lines = [f"{result.examples} test examples, {result.kind}."]
    if max(runs.values()) > 1:
        lines.append(
            f"Per example: the first run of each (A has {runs['A']} runs, B has {runs['B']})."
        )
    for m in result.per_example:
        unit = "%" if m.name == "accuracy" else ""
        lines.append(
            f"  {m.name:8}  A {amount(m, m.a)}{unit}  B {amount(m, m.b)}{unit}  "
            f"B − A {amount(m, m.difference)}  "
            f"{interval(m, result.level, advantage=False)} (paired bootstrap, "
            f"{result.resamples} resamples, seed {result.seed})"
        )
    if result.mcnemar:
        t = result.mcnemar
        lines.append(
            f"  McNemar exact: only A right on {t.only_a_right}, only B right on "
            f"{t.only_b_right}; p = {t.p_value:.4g}"
        )
    lines.append(result.reading)
    if result.across_seeds:
        lines.append("Across seeds:")
        for s in result.across_seeds:
            lines.append(
                f"  {s.name:8}  mean A {amount(s, s.mean_a)}  mean B {amount(s, s.mean_b)}  "
                f"B − A {amount(s, s.difference)}  {interval(s, result.level, 't-interval', False)}"
                f" (df {s.df:.3g})"
            )
        lines.append(result.across_reading or "")
    lines += [f"Note: {note}" for note in result.notes]
    return lines
