"""`mathlings compare`: its figures agree with SciPy and NumPy, and each bad input is named."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from scipy import stats

from mathlings.evaluate import BadInput
from mathlings.evaluate.compare import compare_files

FIX = Path(__file__).parent / "fixtures" / "compare"


def column(name: str) -> np.ndarray:
    lines = (FIX / name).read_text().split()
    header = not lines[0].replace(".", "").replace("-", "").isdigit()
    return np.array([float(x) for x in lines[header:]])


def mathlings(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mathlings", "compare", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_accuracies_and_the_mcnemar_p_value_agree_with_scipy_binomtest() -> None:
    y, a, b = column("labels.txt"), column("a.txt"), column("b.txt")
    result = compare_files(FIX / "labels.txt", FIX / "a.txt", FIX / "b.txt")
    (accuracy,) = result.per_example
    assert accuracy.a == pytest.approx(np.mean(a == y))
    assert accuracy.b == pytest.approx(np.mean(b == y))
    only_a, only_b = int(np.sum((a == y) & (b != y))), int(np.sum((b == y) & (a != y)))
    assert (result.mcnemar.only_a_right, result.mcnemar.only_b_right) == (only_a, only_b)
    assert result.mcnemar.p_value == pytest.approx(stats.binomtest(only_b, only_a + only_b).pvalue)


def test_the_bootstrap_interval_is_the_direct_numpy_one_with_the_same_seed() -> None:
    y, a, b = column("labels.txt"), column("a.txt"), column("b.txt")
    d = (b == y).astype(float) - (a == y)
    idx = np.random.default_rng(7).integers(0, len(y), size=(10_000, len(y)))
    expected = np.percentile(d[idx].mean(axis=1), [5, 95])
    result = compare_files(FIX / "labels.txt", FIX / "a.txt", FIX / "b.txt", seed=7, level=0.9)
    (accuracy,) = result.per_example
    assert [accuracy.low, accuracy.high] == pytest.approx(expected, abs=1e-12)


def test_the_bootstrap_interval_agrees_with_scipy_paired_bootstrap_within_monte_carlo() -> None:
    y, a, b = column("reg_labels.csv"), column("reg_a.csv"), column("reg_b.csv")
    res = stats.bootstrap(
        (np.abs(a - y), np.abs(b - y)),
        lambda ea, eb, axis: np.mean(eb, axis=axis) - np.mean(ea, axis=axis),
        paired=True,
        n_resamples=10_000,
        method="percentile",
        rng=np.random.default_rng(1),
    )
    result = compare_files(FIX / "reg_labels.csv", FIX / "reg_a.csv", FIX / "reg_b.csv")
    mae = result.per_example[0]
    assert result.kind == "regression"
    assert mae.difference == pytest.approx(np.mean(np.abs(b - y)) - np.mean(np.abs(a - y)))
    ci = res.confidence_interval
    assert mae.low == pytest.approx(ci.low, abs=0.03)
    assert mae.high == pytest.approx(ci.high, abs=0.03)


def test_the_across_seed_interval_is_welchs_t_interval_over_runs() -> None:
    y = column("labels.txt")

    def runs(name: str) -> np.ndarray:
        rows = (FIX / name).read_text().splitlines()[1:]
        preds = np.array([[float(x) for x in r.split(",")] for r in rows])
        return (preds == y[:, None]).mean(axis=0)

    ra, rb = runs("seeds_a.csv"), runs("seeds_b.csv")
    result = compare_files(FIX / "labels.txt", FIX / "seeds_a.csv", FIX / "seeds_b.csv")
    (seeds,) = result.across_seeds
    ci = stats.ttest_ind(rb, ra, equal_var=False).confidence_interval(0.95)
    assert seeds.difference == pytest.approx(rb.mean() - ra.mean())
    assert [seeds.low, seeds.high] == pytest.approx([ci.low, ci.high])
    assert "training seeds" in result.across_reading
    assert "new test examples" in result.across_reading


def test_a_clear_win_reads_as_a_difference_and_never_as_the_probability_they_are_equal() -> None:
    reading = compare_files(FIX / "labels.txt", FIX / "a.txt", FIX / "b.txt").reading
    assert reading.startswith("B is better by 12.0 points, 95% CI [5.3, 18.7], p = 0.0014")
    for wrong in ("probability that", "chance that", "are equal", "no difference"):
        assert wrong not in reading


def test_a_result_not_significant_says_no_difference_was_shown_at_this_sample_size() -> None:
    result = compare_files(FIX / "close_labels.txt", FIX / "close_a.txt", FIX / "close_b.txt")
    assert result.mcnemar.p_value > 0.05
    assert result.reading.endswith("no difference was shown at this sample size.")
    assert "probability" not in result.reading


def test_json_prints_every_figure() -> None:
    files = ("labels.txt", "seeds_a.csv", "seeds_b.csv")
    done = mathlings(*(str(FIX / f) for f in files), "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["resamples"] == 10_000 and data["seed"] == 0 and data["level"] == 0.95
    assert set(data["per_example"][0]) >= {"a", "b", "difference", "low", "high"}
    assert set(data["mcnemar"]) == {"only_a_right", "only_b_right", "p_value"}
    assert set(data["across_seeds"][0]) >= {"mean_a", "mean_b", "low", "high", "df"}
    assert data["reading"] and data["across_reading"]


def test_the_terminal_view_shows_the_figures_and_the_reading() -> None:
    done = mathlings(*(str(FIX / f) for f in ("labels.txt", "a.txt", "b.txt")), "--seed", "3")
    assert done.returncode == 0, done.stderr
    assert "McNemar exact: only A right on 6, only B right on 24" in done.stdout
    assert "B is better by" in done.stdout


def test_one_class_in_the_labels_is_compared_with_a_note_that_accuracy_is_trivial() -> None:
    result = compare_files(FIX / "one_class.txt", FIX / "one_class_a.txt", FIX / "one_class_b.txt")
    assert result.mcnemar is not None
    assert any("accuracy is trivial" in note for note in result.notes)


BAD = [
    (("labels.txt", "a.txt", "short.txt"), "short.txt (B) has 147 predictions but"),
    (("labels.txt", "a.txt", "short.txt"), "different test set"),
    (("labels.txt", "empty.txt", "b.txt"), "empty.txt (A) is empty"),
    (("labels.txt", "header_only.txt", "b.txt"), "header_only.txt (A) has only a header line"),
    (("labels.txt", "probs.txt", "b.txt"), "probs.txt, line 1: 0.33"),
    (("labels.txt", "probs.txt", "b.txt"), "look like probabilities: threshold them first"),
    (("labels.txt", "table.csv", "b.txt"), "table.csv (A) looks like a 2 × 2 table of counts"),
    (("labels.txt", "word.txt", "b.txt"), "word.txt, line 7: 'abc' is not a number"),
    (("reg_labels.csv", "reg_word.csv", "reg_b.csv"), "reg_word.csv, line 10: 'n/a' is not a"),
    (("labels.txt", "labels.txt", "b.txt"), "labels.txt is the labels file itself"),
    (("labels.txt", "a.txt", "a.txt"), "A and B are the same file"),
    (("labels.txt", "ragged.csv", "b.txt"), "ragged.csv, line 6 has 1 column where line 2 has 2"),
    (("labels.txt", "missing.txt", "b.txt"), "missing.txt (A) does not exist"),
]


@pytest.mark.parametrize(("files", "message"), BAD)
def test_each_bad_input_is_refused_with_a_message_naming_the_file_and_line(
    files: tuple[str, str, str], message: str
) -> None:
    with pytest.raises(BadInput) as refused:
        compare_files(*(FIX / f for f in files))
    assert message in str(refused.value)


def test_a_bad_input_on_the_command_line_is_one_sentence_on_stderr_and_status_2() -> None:
    done = mathlings(*(str(FIX / f) for f in ("labels.txt", "probs.txt", "b.txt")))
    assert done.returncode == 2
    assert done.stderr.startswith("mathlings: ") and "Traceback" not in done.stderr
    assert "threshold them first" in done.stderr


def test_compare_imports_neither_numpy_nor_scipy_until_it_runs() -> None:
    code = "import mathlings.cli, sys; print('numpy' in sys.modules or 'scipy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False"
