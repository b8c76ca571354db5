"""The labs render real PNGs of the promised size, and `import mathlings.labs` stays light."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import matplotlib.image
import pytest

from mathlings.catalog import UnknownName
from mathlings.labs import LABS, module_of, run_lab

SRC = Path(__file__).resolve().parents[1] / "src"


def assert_png_of_lab_size(path: Path, name: str) -> None:
    assert path.suffix == ".png" and path.is_file()
    pixels = matplotlib.image.imread(path)
    width, height = importlib.import_module(module_of(name)).SIZE
    assert pixels.shape[:2] == (height, width)


@pytest.mark.parametrize("name", list(LABS))
def test_each_lab_writes_a_png_of_its_declared_size(name: str, tmp_path: Path) -> None:
    assert_png_of_lab_size(run_lab(name, tmp_path), name)


def test_run_lab_creates_the_output_folder(tmp_path: Path) -> None:
    out = run_lab("maps", tmp_path / "new" / "folder")
    assert out.parent == tmp_path / "new" / "folder"


def test_an_unknown_lab_name_raises_with_the_closest_names(tmp_path: Path) -> None:
    with pytest.raises(UnknownName) as caught:
        run_lab("pac", tmp_path)
    assert "pca" in caught.value.closest
    assert not list(tmp_path.iterdir())


def test_the_gd_lab_honours_the_learners_own_rates(tmp_path: Path) -> None:
    assert_png_of_lab_size(run_lab("gd", tmp_path, rates=(0.1, 0.5, 1.2)), "gd")


def test_the_gd_lab_refuses_a_number_of_rates_other_than_three(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="three"):
        run_lab("gd", tmp_path, rates=(0.1, 0.2))


@pytest.mark.parametrize(
    "matrix",
    [[[2.0, 0.0], [0.0, 0.5]], [[0.0, -1.0], [1.0, 0.0]], [[1.0, 2.0], [0.5, 1.0]]],
    ids=["stretch", "rotation", "singular"],
)
def test_the_maps_lab_draws_any_2x2_matrix(matrix: list[list[float]], tmp_path: Path) -> None:
    assert_png_of_lab_size(run_lab("maps", tmp_path, matrix=matrix), "maps")


def test_the_maps_lab_refuses_a_matrix_that_is_not_2x2(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="2×2"):
        run_lab("maps", tmp_path, matrix=[[1.0, 2.0, 3.0]])


def test_a_lab_is_the_same_picture_every_run(tmp_path: Path) -> None:
    first = run_lab("gd", tmp_path / "first").read_bytes()
    assert run_lab("gd", tmp_path / "second").read_bytes() == first


def test_importing_the_labs_package_does_not_import_matplotlib() -> None:
    code = "import mathlings.labs, sys; assert 'matplotlib' not in sys.modules"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    subprocess.run([sys.executable, "-c", code], env=env, check=True)


def test_the_svd_lab_defines_the_energy_it_reports_on_the_figure() -> None:
    from matplotlib.text import Text

    from mathlings.labs import svd

    texts = [t.get_text() for t in svd.figure().findobj(Text)]
    assert any("% of the energy" in t for t in texts)
    assert any("energy" in t.lower() and "σ₁²" in t and "/" in t for t in texts)
