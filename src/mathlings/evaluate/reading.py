"""The one-sentence plain readings of a comparison.

A p-value is never called the probability that A and B are equal: it is how often data this
uneven would arise if they were. A result that is not significant did not show a difference at
this sample size; it did not show that there is none.
"""

from __future__ import annotations

from mathlings.evaluate.result import AcrossSeeds, McNemar, Metric

NOT_SHOWN = "no difference was shown at this sample size"


def p_text(p: float) -> str:
    return "p < 0.001" if p < 0.001 else f"p = {p:.2g}"


def level_text(level: float) -> str:
    return f"{100 * level:g}%"


def amount(metric: Metric | AcrossSeeds, value: float) -> str:
    """Accuracy in percentage points, errors in their own units."""
    return f"{100 * value:.1f}" if metric.name == "accuracy" else f"{value:.3g}"


def interval(
    metric: Metric | AcrossSeeds, level: float, what: str = "CI", advantage: bool = True
) -> str:
    """The interval of the winner's advantage (as the sentences read), or of B − A."""
    low, high = metric.low, metric.high
    winner = better(metric)
    if advantage and winner and (winner == "B") != metric.higher_is_better:
        low, high = -high, -low
    return f"{level_text(level)} {what} [{amount(metric, low)}, {amount(metric, high)}]"


def better(metric: Metric | AcrossSeeds) -> str:
    """Which model the difference favours ("A", "B", or "" when it is exactly 0)."""
    if metric.difference == 0:
        return ""
    return "B" if (metric.difference > 0) == metric.higher_is_better else "A"


def gap(metric: Metric | AcrossSeeds) -> str:
    size = amount(metric, abs(metric.difference))
    if metric.name == "accuracy":
        return f"better by {size} points"
    return f"better by {size} in {metric.name} (lower is better)"


def classification_reading(accuracy: Metric, test: McNemar, level: float) -> str:
    winner = better(accuracy)
    figures = f"{interval(accuracy, level)}, {p_text(test.p_value)}"
    if not winner:
        same = f"{100 * accuracy.a:.1f}%"
        return f"A and B score the same ({same}), {figures}: {NOT_SHOWN}."
    if test.p_value >= 1 - level:
        return f"{winner} scores {gap(accuracy)}, {figures}, but {NOT_SHOWN}."
    disagree = test.only_a_right + test.only_b_right
    return (
        f"{winner} is {gap(accuracy)}, {figures}: if A and B were equally accurate, the "
        f"{disagree} examples only one of them gets right would split at least this unevenly "
        f"about {100 * test.p_value:.2g}% of the time."
    )


def regression_reading(mae: Metric, level: float) -> str:
    winner = better(mae)
    figures = interval(mae, level)
    if not winner:
        return f"A and B have the same MAE ({mae.a:.3g}), {figures}: {NOT_SHOWN}."
    if mae.low <= 0 <= mae.high:
        return f"{winner} scores {gap(mae)}, {figures}, but {NOT_SHOWN}."
    return f"{winner} is {gap(mae)}, {figures}, an interval that leaves out 0."


def across_reading(metric: AcrossSeeds, level: float) -> str:
    winner = better(metric)
    runs = f"{len(metric.runs_a)} runs of A, {len(metric.runs_b)} of B"
    if not winner:
        found = f"the means are equal, so {NOT_SHOWN}"
    elif metric.low <= 0 <= metric.high:
        found = f"{winner} scores {gap(metric)} on average, but {NOT_SHOWN}"
    else:
        found = f"{winner} is {gap(metric)} on average"
    return (
        f"Across training seeds ({runs}), {found}, {interval(metric, level, 't-interval')}; "
        "this asks whether the gap survives retraining with new seeds, while the test above "
        "asks whether it survives new test examples for these trained models."
    )
