"""Labs: pictures of the math, rendered to PNG files.

Importing this package is cheap: each lab lives in its own module, which imports matplotlib and
numpy itself and is imported only when `run_lab` renders it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

from mathlings.catalog import UnknownName
from mathlings.packages import NotInstalled, missing


@dataclass(frozen=True)
class Lab:
    title: str
    needs: tuple[str, ...] = ()  # modules beyond NumPy and Matplotlib, as in a drill.toml


LABS: dict[str, Lab] = {
    "distributions": Lab("The five common distributions, each at three parameter values"),
    "clt": Lab("Means of n draws turning Gaussian, and the Cauchy that never does"),
    "convexity": Lab("Chords over a convex and a non-convex function"),
    "gd": Lab("Gradient descent on f(x) = (x - 3)² for three learning rates"),
    "optimizers": Lab("GD, momentum and Adam on a narrow bowl and on Rosenbrock: paths and loss"),
    "svm": Lab(
        "A hard-margin linear SVM: the line, its margin, the support vectors circled", ("sklearn",)
    ),
    "step-size": Lab("The error of forward and central differences against the step h, log-log"),
    "curvature": Lab("A bowl, a valley and a saddle with the Hessian's eigenvectors drawn"),
    "maps": Lab("A 2×2 matrix as a linear map: the unit square, circle and basis before and after"),
    "svd": Lab("Low-rank approximations of a photo from its SVD: rank 1, 5 and 20", ("sklearn",)),
    "pca": Lab(
        "The iris flowers projected onto their first two principal components", ("sklearn",)
    ),
    "bias-variance": Lab("Polynomial fits of rising degree: test error = bias² + variance + σ²"),
}


def module_of(name: str) -> str:
    """The module that renders the lab called `name`: `bias-variance` lives in bias_variance.py."""
    return f"mathlings.labs.{name.replace('-', '_')}"


def run_lab(name: str, out_dir: Path, **options: object) -> Path:
    """Render the lab called `name` as `out_dir/<name>.png` and return that path."""
    if name not in LABS:
        raise UnknownName("lab", name, list(LABS))
    absent = missing(LABS[name].needs)
    if absent:
        raise NotInstalled(f"The {name} lab", absent)
    lab = importlib.import_module(module_of(name))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return lab.render(out_dir / f"{name}.png", **options)
