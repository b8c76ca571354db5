"""The packages drills and labs are checked or drawn with: which are installed, and how to get one.

A package is found with `importlib.util.find_spec` on its top-level name, which imports nothing, so
`mathlings list` can say what is missing and stay fast.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Package:
    module: str  # what you import
    distribution: str  # what pip installs
    title: str

    @property
    def installed(self) -> bool:
        try:
            return importlib.util.find_spec(self.module) is not None
        except (ImportError, ValueError):
            return False

    @property
    def version(self) -> str | None:
        try:
            return importlib.metadata.version(self.distribution)
        except importlib.metadata.PackageNotFoundError:
            return None


# The ones `mathlings doctor` reports, in its order; any other module a drill needs is its own
# distribution.
KNOWN = {
    p.module: p
    for p in (
        Package("numpy", "numpy", "NumPy"),
        Package("scipy", "scipy", "SciPy"),
        Package("sklearn", "scikit-learn", "scikit-learn"),
        Package("sympy", "sympy", "SymPy"),
        Package("torch", "torch", "PyTorch"),
        Package("hypothesis", "hypothesis", "Hypothesis"),
        Package("matplotlib", "matplotlib", "Matplotlib"),
    )
}


def package(module: str) -> Package:
    """The package that provides `module` (a dotted name such as "scipy.linalg" is its top)."""
    top = module.partition(".")[0]
    return KNOWN.get(top) or Package(top, top, top)


def missing(needs: Iterable[str]) -> list[Package]:
    """The packages of `needs` that are not installed, each once, in order."""
    found: dict[str, Package] = {}
    for module in needs:
        p = package(module)
        if p.module not in found and not p.installed:
            found[p.module] = p
    return list(found.values())


def install_command(packages: Iterable[Package]) -> str:
    return "pip install " + " ".join(p.distribution for p in packages)


def not_installed(subject: str, packages: list[Package]) -> str:
    """One sentence: what `subject` needs, that it is not installed, and the command that fixes it.
    PyTorch is named with its extra too, since its build depends on the machine."""
    names = " and ".join(p.title for p in packages)
    verb, pronoun = ("is", "it") if len(packages) == 1 else ("are", "them")
    extra = ""
    if [p.module for p in packages] == ["torch"]:
        extra = ' (or `pip install "mathlings[torch]"`)'
    return (
        f"{subject} needs {names}, which {verb} not installed here: install {pronoun} with "
        f"`{install_command(packages)}`{extra}."
    )


class NotInstalled(Exception):
    """Something the learner asked for needs a package that is not installed; says how to get it."""

    def __init__(self, subject: str, packages: list[Package]) -> None:
        self.packages = packages
        super().__init__(not_installed(subject, packages))
