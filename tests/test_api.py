"""A check author's API is `mathlings.checker`: every drill's check.py imports only from it (and
from the libraries an oracle uses), every name it exports resolves, importing it stays cheap, the
shared strategies build what they promise, and drill.toml holds the facts about a drill."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings

import mathlings.checker
from mathlings.catalog import load_course
from mathlings.checker import strategies as gen

COURSE = load_course()
DRILLS = list(COURSE.drills.values())
ROOT = Path(__file__).parent.parent
# What a check.py may import besides mathlings.checker: the standard library, the libraries the
# oracles are written with, and Hypothesis for a drill's own strategies.
LIBRARIES = {"numpy", "scipy", "torch", "sklearn", "sympy", "hypothesis"}


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every import statement of a file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((node.lineno, "." * node.level + (node.module or "")))
    return found


@pytest.mark.parametrize("drill", DRILLS, ids=lambda d: d.id)
def test_a_check_imports_only_the_public_checker_api(drill) -> None:
    allowed = LIBRARIES | set(sys.stdlib_module_names)
    for line, module in imports_of(drill.path / "check.py"):
        public = module == "mathlings.checker" or module.partition(".")[0] in allowed
        assert public, f"check.py line {line} imports {module}: use `from mathlings.checker import`"


def test_every_name_the_api_exports_resolves() -> None:
    for name in mathlings.checker.__all__:
        assert getattr(mathlings.checker, name) is not None, name
    assert mathlings.checker.strategies is gen
    assert set(dir(mathlings.checker)) >= set(mathlings.checker.__all__)
    with pytest.raises(AttributeError):
        _ = mathlings.checker.no_such_name


def test_every_name_the_checks_import_is_exported() -> None:
    for drill in DRILLS:
        for node in ast.walk(ast.parse((drill.path / "check.py").read_text())):
            if isinstance(node, ast.ImportFrom) and node.module == "mathlings.checker":
                for alias in node.names:
                    assert alias.name in mathlings.checker.__all__, (drill.id, alias.name)


def test_importing_the_runner_loads_none_of_the_judges_code() -> None:
    judge = ["spec", "compare", "engine", "detect", "strategies", "sandbox", "verdict", "learner"]
    code = (
        "import sys, mathlings.checker, mathlings.checker.runner\n"
        f"print([m for m in {judge!r} if 'mathlings.checker.' + m in sys.modules])\n"
        "print('hypothesis' in sys.modules, 'mathlings.catalog' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.split("\n")[:2] == ["[]", "False False"]


# --- the shared strategies ---------------------------------------------------------------------


def quick(test):
    return settings(max_examples=25, deadline=None, derandomize=True, database=None)(test)


@quick
@given(gen.psd_matrices())
def test_psd_matrices_are_symmetric_with_no_negative_eigenvalue(C) -> None:
    assert np.array_equal(C, C.T)
    assert np.linalg.eigvalsh(C).min() >= -1e-9


@quick
@given(gen.orthogonal_matrices(3))
def test_orthogonal_matrices_are_orthogonal(Q) -> None:
    np.testing.assert_allclose(Q.T @ Q, np.eye(3), atol=1e-12)


def test_a_symmetric_matrix_with_given_eigenvalues_has_them_and_is_the_same_every_time() -> None:
    C = gen.symmetric_with_eigenvalues([3.0, 3.0, -1.0], seed=4)
    assert np.array_equal(C, C.T)
    np.testing.assert_allclose(np.linalg.eigvalsh(C), [-1.0, 3.0, 3.0], atol=1e-12)
    assert np.array_equal(C, gen.symmetric_with_eigenvalues([3.0, 3.0, -1.0], seed=4))


@quick
@given(gen.probability_vectors(zeros=True))
def test_probability_vectors_are_distributions(p) -> None:
    assert 2 <= p.size <= 6
    assert (p >= 0).all() and abs(p.sum() - 1.0) <= 1e-12


@quick
@given(gen.samples(lambda rng, n: rng.normal(2.0, 0.5, n), sizes=(5, 30)))
def test_samples_come_from_the_sampler_in_the_sizes_asked(x) -> None:
    assert x.dtype == np.float64 and 5 <= x.size <= 30


def test_the_same_drawn_sample_is_the_same_every_time() -> None:
    strategy = gen.samples(lambda rng, n: rng.exponential(1.0, n))
    first = [x.tolist() for x in _examples(strategy)]
    assert first == [x.tolist() for x in _examples(strategy)]


def _examples(strategy, count: int = 5) -> list:
    seen: list = []

    @settings(max_examples=count, derandomize=True, database=None, deadline=None)
    @given(strategy)
    def record(x) -> None:
        seen.append(x)

    record()
    return seen


@quick
@given(gen.non_parallel_pair(max_cosine=0.99))
def test_a_non_parallel_pair_has_no_zero_vector_and_leans_apart(pair) -> None:
    u, v = pair
    assert u.shape == v.shape and np.abs(u).max() >= 0.5 and np.abs(v).max() >= 0.5
    assert abs(u @ v) < np.linalg.norm(u) * np.linalg.norm(v)


@quick
@given(gen.angles())
def test_angles_lie_in_two_turns_either_way(theta) -> None:
    assert -2 * np.pi <= theta <= 2 * np.pi


# --- drill.toml holds the facts about a drill --------------------------------------------------


def bench_mutants():
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import mutants
    finally:
        sys.path.pop(0)
    return mutants


@pytest.mark.parametrize("drill", DRILLS, ids=lambda d: d.id)
def test_recorded_mutants_are_ones_the_bench_makes_and_say_why(drill) -> None:
    meta = tomllib.loads((drill.path / "drill.toml").read_text())
    assert set(meta.get("mutants", {})) <= {"equivalent", "not_closable"}
    mutants = bench_mutants()
    made = {m.diff for m in mutants.mutants(drill.path / "solution.py")}
    for kind, entries in meta.get("mutants", {}).items():
        for entry in entries:
            assert set(entry) == {"change", "why"} and entry["why"], (kind, entry)
            assert entry["change"] in made, f"no mutant of solution.py is {entry['change']!r}"
    assert mutants.recorded(drill)["equivalent"] == {
        e["change"]: e["why"] for e in meta.get("mutants", {}).get("equivalent", [])
    }


def test_no_public_name_is_shadowed_by_a_submodule_of_the_same_name() -> None:
    """Importing a submodule sets it as an attribute of the package: a submodule named like a
    public name (formula.py next to the comparator formula) made `from mathlings.checker import
    formula` return the module once anything had imported it."""
    import importlib
    import pkgutil

    import mathlings.checker as checker

    submodules = {m.name for m in pkgutil.iter_modules(checker.__path__)}
    for name in submodules:
        importlib.import_module(f"mathlings.checker.{name}")
    assert not submodules & (set(checker.__all__) - set(checker._MODULES))
    assert callable(checker.formula)
