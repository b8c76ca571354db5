"""Compare two models' predictions on one test set: per example, and across training seeds.

The per-example figures use the first column (run) of each predictions file: they answer "would
this gap hold on new test examples?" for two trained models. With two or more runs of each, the
across-seed figures answer "would it hold if we trained again?".
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from mathlings.evaluate import paired, reading
from mathlings.evaluate.inputs import BadInput, Inputs, load
from mathlings.evaluate.result import AcrossSeeds, Comparison, McNemar, Metric

RESAMPLES = 10_000


def compare_files(
    labels: Path,
    a: Path,
    b: Path,
    *,
    regression: bool = False,
    level: float = 0.95,
    resamples: int = RESAMPLES,
    seed: int = 0,
) -> Comparison:
    if not 0 < level < 1:
        raise BadInput(f"--level is {level}: give a confidence level between 0 and 1, e.g. 0.95.")
    if resamples < 100:
        raise BadInput(f"--resamples is {resamples}: use at least 100 (the default is 10000).")
    inputs = load(labels, a, b, regression)
    files = {"labels": str(labels), "A": str(a), "B": str(b)}
    if inputs.kind == "regression":
        return compare_regression(inputs, files, level, resamples, seed)
    return compare_classification(inputs, files, level, resamples, seed)


def scores(inputs: Inputs) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Labels (n,) and predictions (n, runs) as arrays; class labels compare by value."""
    dtype = float if inputs.kind == "regression" or isinstance(inputs.y[0], float) else object
    return (
        np.asarray(inputs.y, dtype=dtype),
        np.asarray(inputs.a, dtype=dtype),
        np.asarray(inputs.b, dtype=dtype),
    )


def metric(name: str, higher: bool, a: np.ndarray, b: np.ndarray, boot: np.ndarray, level: float):
    low, high = paired.percentile_interval(boot, level)
    return Metric(
        name, higher, float(a.mean()), float(b.mean()), float(b.mean() - a.mean()), low, high
    )


def compare_classification(
    inputs: Inputs, files: dict[str, str], level: float, resamples: int, seed: int
) -> Comparison:
    y, a, b = scores(inputs)
    right_a, right_b = a == y[:, None], b == y[:, None]
    ra, rb = right_a[:, 0], right_b[:, 0]
    boot = paired.bootstrap_means((rb.astype(float) - ra)[None, :], resamples, seed)[0]
    accuracy = metric("accuracy", True, ra, rb, boot, level)
    test = McNemar(*paired.mcnemar_exact(ra, rb))
    across = across_seeds([("accuracy", True, right_a.mean(axis=0), right_b.mean(axis=0))], level)
    return Comparison(
        kind="classification",
        files=files,
        examples=len(y),
        runs={"A": a.shape[1], "B": b.shape[1]},
        level=level,
        resamples=resamples,
        seed=seed,
        per_example=[accuracy],
        mcnemar=test,
        reading=reading.classification_reading(accuracy, test, level),
        across_seeds=across,
        across_reading=reading.across_reading(across[0], level) if across else None,
        notes=inputs.notes,
    )


def compare_regression(
    inputs: Inputs, files: dict[str, str], level: float, resamples: int, seed: int
) -> Comparison:
    y, a, b = scores(inputs)
    err_a, err_b = a - y[:, None], b - y[:, None]
    ea, eb = err_a[:, 0], err_b[:, 0]
    per_example = np.stack([np.abs(eb) - np.abs(ea), eb**2 - ea**2])
    boot = paired.bootstrap_means(per_example, resamples, seed)
    mae = metric("MAE", False, np.abs(ea), np.abs(eb), boot[0], level)
    mse = metric("MSE", False, ea**2, eb**2, boot[1], level)
    across = across_seeds(
        [
            ("MAE", False, np.abs(err_a).mean(axis=0), np.abs(err_b).mean(axis=0)),
            ("MSE", False, (err_a**2).mean(axis=0), (err_b**2).mean(axis=0)),
        ],
        level,
    )
    return Comparison(
        kind="regression",
        files=files,
        examples=len(y),
        runs={"A": a.shape[1], "B": b.shape[1]},
        level=level,
        resamples=resamples,
        seed=seed,
        per_example=[mae, mse],
        mcnemar=None,
        reading=reading.regression_reading(mae, level),
        across_seeds=across,
        across_reading=reading.across_reading(across[0], level) if across else None,
        notes=inputs.notes,
    )


def across_seeds(
    metrics: list[tuple[str, bool, np.ndarray, np.ndarray]], level: float
) -> list[AcrossSeeds]:
    """Per metric, the runs' means and Welch's t-interval; empty unless both have 2+ runs."""
    out = []
    for name, higher, runs_a, runs_b in metrics:
        if len(runs_a) < 2 or len(runs_b) < 2:
            return []
        difference, low, high, df = paired.welch_interval(runs_a, runs_b, level)
        out.append(
            AcrossSeeds(
                name,
                higher,
                [float(x) for x in runs_a],
                [float(x) for x in runs_b],
                float(runs_a.mean()),
                float(runs_b.mean()),
                difference,
                low,
                high,
                df,
            )
        )
    return out
