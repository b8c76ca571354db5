""" "From scratch" rules: a static scan of the learner's code, then guards at run time.

A drill forbids names in `drill.toml`:
  "numpy.dot"      a function of a module (and any alias, `from numpy import dot as d`, getattr);
  "numpy.linalg"   a whole submodule;
  ".T", ".sum"     an attribute or method, on anything;
  "@"              the matrix-multiplication operator.
The scan gives a line number but cannot see `getattr(np, "mat" + "mul")`; the guards see that,
so both run: the scan before the learner's code is imported, the guards while it runs.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import operator
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import ModuleType
from typing import Any


@dataclass(frozen=True)
class Violation:
    line: int
    what: str  # what the code used, as the learner wrote it
    rule: str  # the forbidden name it falls under

    def sentence(self) -> str:
        return f"line {self.line} uses {self.what}, which this drill forbids"


class RuleBroken(BaseException):
    """Raised by a guard when learner code calls something the drill forbids."""

    def __init__(self, violation: Violation) -> None:
        super().__init__(violation.sentence())
        self.violation = violation


def _forbidden(qualified: str, rules: Iterable[str]) -> str | None:
    for rule in rules:
        if rule.startswith((".", "@")):
            continue
        if qualified == rule or qualified.startswith(rule + "."):
            return rule
    return None


class _Scanner(ast.NodeVisitor):
    def __init__(self, rules: tuple[str, ...]) -> None:
        self.rules = rules
        self.attributes = {r[1:] for r in rules if r.startswith(".")}
        self.aliases: dict[str, str] = {}
        self.found: list[Violation] = []

    def qualify(self, node: ast.AST) -> str | None:
        if isinstance(node, ast.Name):
            return self.aliases.get(node.id)
        if isinstance(node, ast.Attribute):
            base = self.qualify(node.value)
            return f"{base}.{node.attr}" if base else None
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "getattr"
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
        ):
            base = self.qualify(node.args[0])
            return f"{base}.{node.args[1].value}" if base else None
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = self.qualify(node.func) or getattr(node.func, "id", None)
            if func in ("__import__", "importlib.import_module"):
                return str(node.args[0].value)
        return None

    def report(self, node: ast.AST, what: str, rule: str) -> None:
        self.found.append(Violation(getattr(node, "lineno", 0), what, rule))

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.asname:
                self.aliases[alias.asname] = alias.name
            else:
                top = alias.name.split(".")[0]
                self.aliases[top] = top
            rule = _forbidden(alias.name, self.rules)
            if rule:
                self.report(node, f"import {alias.name}", rule)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if module == "importlib":
            for alias in node.names:
                self.aliases[alias.asname or alias.name] = f"importlib.{alias.name}"
        for alias in node.names:
            qualified = f"{module}.{alias.name}"
            self.aliases[alias.asname or alias.name] = qualified
            rule = _forbidden(qualified, self.rules)
            if rule:
                self.report(node, f"from {module} import {alias.name}", rule)
            elif alias.name in self.attributes:
                self.report(node, f"from {module} import {alias.name}", "." + alias.name)

    def visit_Assign(self, node: ast.Assign) -> None:
        qualified = self.qualify(node.value)
        if qualified:
            for target in node.targets:
                if isinstance(target, ast.Name):
                    self.aliases[target.id] = qualified
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        qualified = self.qualify(node)
        rule = _forbidden(qualified, self.rules) if qualified else None
        if rule:
            self.report(node, ast.unparse(node), rule)
            return
        if node.attr in self.attributes:
            self.report(node, ast.unparse(node), "." + node.attr)
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        qualified = self.qualify(node)
        rule = _forbidden(qualified, self.rules) if qualified else None
        if rule:
            self.report(node, ast.unparse(node), rule)
        elif (
            isinstance(node.func, ast.Name)
            and node.func.id == "getattr"
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and node.args[1].value in self.attributes
        ):
            self.report(node, ast.unparse(node), "." + str(node.args[1].value))
        self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:
        qualified = self.aliases.get(node.id)
        if qualified and qualified != node.id.split(".")[0]:
            rule = _forbidden(qualified, self.rules)
            if rule and not any(v.line == node.lineno and v.rule == rule for v in self.found):
                self.report(node, f"{node.id} (that is {qualified})", rule)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        if isinstance(node.op, ast.MatMult) and "@" in self.rules:
            self.report(node, "the @ operator", "@")
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        if isinstance(node.op, ast.MatMult) and "@" in self.rules:
            self.report(node, "the @= operator", "@")
        self.generic_visit(node)


def scan(tree: ast.AST, rules: tuple[str, ...]) -> list[Violation]:
    """Every use of a forbidden name in the learner's code, in line order."""
    if not rules:
        return []
    scanner = _Scanner(rules)
    scanner.visit(tree)
    return sorted(set(scanner.found), key=lambda v: (v.line, v.what))


# --- run-time guards --------------------------------------------------------------------------


def _learner_line(files: frozenset[str]) -> int | None:
    """The line of learner code that made the current call, if learner code made it directly."""
    frame = sys._getframe(2)
    if frame.f_code.co_filename in files:
        return frame.f_lineno
    return None


def _guarded(original: Callable[..., Any], name: str, rule: str, files: frozenset[str]) -> Any:
    def guard(*args: Any, **kwargs: Any) -> Any:
        line = _learner_line(files)
        if line is not None:
            raise RuleBroken(Violation(line, name, rule))
        return original(*args, **kwargs)

    guard.__name__ = getattr(original, "__name__", name)
    guard.__doc__ = getattr(original, "__doc__", None)
    return guard


def _resolve(qualified: str) -> Any:
    """The object a dotted name stands for, using only modules already imported (importing a
    forbidden module just to guard it would cost the learner seconds); None if not reachable."""
    parts = qualified.split(".")
    if parts[0] not in sys.modules:
        return None
    target: Any = sys.modules[parts[0]]
    for i, part in enumerate(parts[1:], start=1):
        dotted = ".".join(parts[: i + 1])
        if dotted in sys.modules:
            target = sys.modules[dotted]
        elif hasattr(target, part):
            target = getattr(target, part)
        else:
            return None
    return target


class _ImportBlocker:
    """Refuses a forbidden top-level module when the learner's code is the one importing it."""

    def __init__(self, rule: str, files: frozenset[str]) -> None:
        self.rule, self.files = rule, files

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name != self.rule and not name.startswith(self.rule + "."):
            return None
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename.startswith("<frozen"):
            frame = frame.f_back
        if frame is not None and frame.f_code.co_filename in self.files:
            raise RuleBroken(Violation(frame.f_lineno, f"import {name}", self.rule))
        return None


class Guards:
    """Installs the run-time guards for one drill's rules and wraps the arrays the learner gets."""

    def __init__(self, rules: tuple[str, ...], files: frozenset[str]) -> None:
        self.rules = rules
        self.files = files
        self.array_type: type | None = None

    def install(self) -> None:
        for rule in self.rules:
            if rule.startswith((".", "@")):
                continue
            target = _resolve(rule)
            if isinstance(target, ModuleType):
                # vars(), not dir() + getattr(): a lazy package (scipy) would import every
                # submodule it has on each getattr, at a cost of half a second per check.
                for name, value in list(vars(target).items()):
                    if not name.startswith("_") and callable(value):
                        self._patch(target, name, rule)
            elif target is not None:
                parent = _resolve(rule.rpartition(".")[0])
                self._patch(parent, rule.rpartition(".")[2], rule)
            if "." not in rule:
                sys.meta_path.insert(0, _ImportBlocker(rule, self.files))
        if "@" in self.rules:
            self._patch(operator, "matmul", "@")
            self._patch(operator, "imatmul", "@")
        methods = {r[1:] for r in self.rules if r.startswith(".")}
        if "@" in self.rules:
            methods |= {"__matmul__", "__rmatmul__", "__imatmul__"}
        if methods:
            self.array_type = self._guarded_array(methods)
        if "builtins.sum" in self.rules:
            self._patch(builtins, "sum", "builtins.sum")

    def _patch(self, owner: Any, attr: str, rule: str) -> None:
        original = getattr(owner, attr)
        shown = f"{getattr(owner, '__name__', rule.rpartition('.')[0])}.{attr}"
        shown = shown.replace("numpy.", "np.")
        # Some attributes cannot be replaced (a ufunc's .reduce); the static scan covers those.
        with contextlib.suppress(AttributeError, TypeError):
            setattr(owner, attr, _guarded(original, shown, rule, self.files))

    def _guarded_array(self, methods: set[str]) -> type:
        import numpy as np

        files = self.files
        namespace: dict[str, Any] = {}
        for name in methods:
            original = getattr(np.ndarray, name, None)
            if original is None:
                continue
            rule = "@" if name.endswith("matmul__") else "." + name
            shown = "the @ operator" if rule == "@" else f".{name}"
            if isinstance(original, property) or not callable(original):
                getter = getattr(np.ndarray, name).__get__

                def prop(
                    self: Any, _get: Any = getter, _shown: str = shown, _rule: str = rule
                ) -> Any:
                    frame = sys._getframe(1)
                    if frame.f_code.co_filename in files:
                        raise RuleBroken(Violation(frame.f_lineno, _shown, _rule))
                    return _get(self)

                namespace[name] = property(prop)
            else:
                namespace[name] = _guarded(original, shown, rule, files)
        return type("ndarray", (np.ndarray,), namespace)

    def wrap(self, value: Any) -> Any:
        """What the learner receives: arrays whose forbidden methods are guarded."""
        if self.array_type is not None and type(value).__name__ == "ndarray":
            import numpy as np

            if isinstance(value, np.ndarray):
                return value.view(self.array_type)
        return value
