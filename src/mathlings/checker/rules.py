""" "From scratch" rules: a static scan of the learner's code, then guards at run time.

A drill's `drill.toml` has a [rules] table: `why`, the sentence a breach is explained with, and

  allow = [...]   an allow-list, for a drill done from scratch. Of NumPy, SciPy and torch (every
                  submodule, private paths such as numpy._core included) the learner may use only
                  what it lists:
    "numpy.zeros"      one name (and `from numpy import zeros`);
    "numpy.random.*"   a module and everything in it;
    ".shape"           an array attribute or method;
    "@"                the matrix-multiplication operator.
                  Everything else of those libraries is refused, and so are, on any object, the
                  attributes and methods NumPy's arrays and ufuncs have (`x.T`, `x.dot()`,
                  `f.reduce()`) unless listed, explicit dunders (`x.__matmul__(y)`), `@` and
                  `operator.matmul` unless "@" is listed, a module handed around as a value,
                  imports of a computed name, and exec, eval and compile. Plain Python stays
                  usable: builtins, math, loops, and the methods Python's own types share with
                  arrays (`list.copy`, `list.sort`, `complex.real`).
  forbid = [...]  names refused on top of that, or alone for a drill that rules out only a few:
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
import dis
import functools
import operator
import sys
import types
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

GUARDED = ("numpy", "scipy", "torch")  # the libraries an allow-list speaks for
DEFAULT_WHY = "this drill is done from scratch"
MATMUL_FUNCTIONS = ("matmul", "imatmul", "__matmul__", "__imatmul__")  # of the operator module
MATMUL_METHODS = ("__matmul__", "__rmatmul__", "__imatmul__")
HARMLESS_DUNDERS = frozenset({"__init__", "__name__", "__qualname__", "__doc__", "__module__"})
PLAIN_TYPES = (list, tuple, dict, set, frozenset, str, bytes, int, float, complex)
UFUNC_METHODS = ("reduce", "accumulate", "reduceat", "outer", "at", "resolve_dtypes")
IMPORT_NAME = dis.opmap["IMPORT_NAME"]
CODE_FROM_TEXT = ("exec", "eval", "compile", "builtins.exec", "builtins.eval", "builtins.compile")


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


@functools.cache
def array_names() -> frozenset[str]:
    """The public attributes and methods of NumPy's arrays and ufuncs (`T`, `dot`, `reduce`),
    less those Python's own types have too (`copy`, `sort`, `real`): plain Python stays usable."""
    import numpy as np

    names = {n for kind in (np.ndarray, np.ufunc) for n in dir(kind) if not n.startswith("_")}
    return frozenset(names - {n for kind in PLAIN_TYPES for n in dir(kind)})


def _forbidden(qualified: str, forbid: tuple[str, ...]) -> str | None:
    for rule in forbid:
        if rule.startswith((".", "@")):
            continue
        if qualified == rule or qualified.startswith(rule + "."):
            return rule
    return None


def _check_entry(entry: str) -> None:
    if entry == "@" or (entry.startswith(".") and entry[1:].isidentifier()):
        return
    if entry.split(".")[0] == "np":
        raise ValueError(f"allow entry {entry!r}: write the module's name, numpy, not np")
    if entry.split(".")[0] not in GUARDED:
        raise ValueError(
            f"allow entry {entry!r} is not in {', '.join(GUARDED)}: an allow-list speaks for "
            "those libraries only (plain Python is always allowed; refuse more with forbid)"
        )


@dataclass(frozen=True)
class Rules:
    """One drill's rules. `allow` is None for a drill without an allow-list."""

    allow: tuple[str, ...] | None = None
    forbid: tuple[str, ...] = ()
    why: str = DEFAULT_WHY

    def __post_init__(self) -> None:
        for entry in self.allow or ():
            _check_entry(entry)

    def to_plain(self) -> dict[str, Any]:
        """Plain data for the learner's process (it is pickled there)."""
        allow = None if self.allow is None else list(self.allow)
        return {"allow": allow, "forbid": list(self.forbid), "why": self.why}

    @classmethod
    def from_plain(cls, plain: dict[str, Any]) -> Rules:
        allow = plain.get("allow")
        return cls(
            allow=None if allow is None else tuple(allow),
            forbid=tuple(plain.get("forbid", ())),
            why=plain.get("why", DEFAULT_WHY),
        )

    @property
    def empty(self) -> bool:
        return self.allow is None and not self.forbid

    @property
    def refuses_matmul(self) -> bool:
        return "@" in self.forbid or (self.allow is not None and "@" not in self.allow)

    @functools.cached_property
    def _allowed(self) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
        """Names allowed exactly, module prefixes allowed whole ("numpy.random."), and the
        paths on the way to an allowed name ("numpy", "numpy.linalg" for numpy.linalg.norm)."""
        names = [e for e in self.allow or () if not e.startswith((".", "@"))]
        exact = frozenset(e for e in names if not e.endswith(".*"))
        whole = tuple(e[:-1] for e in names if e.endswith(".*"))
        paths = set(e[:-2] for e in names if e.endswith(".*"))
        for entry in names:
            parts = entry.split(".")
            paths |= {".".join(parts[:i]) for i in range(1, len(parts))}
        return exact, whole, frozenset(paths)

    def allows(self, qualified: str) -> bool:
        exact, whole, paths = self._allowed
        return qualified in exact or qualified in paths or qualified.startswith(whole)

    def name_rule(self, qualified: str) -> str | None:
        """The rule a name reached from a module (numpy.linalg.norm, math.fsum) falls under, or
        None when the learner may use it."""
        rule = _forbidden(qualified, self.forbid)
        if rule:
            return rule
        module, _, name = qualified.rpartition(".")
        if module == "operator" and name in MATMUL_FUNCTIONS and self.refuses_matmul:
            return "@"
        if self.allow is None or qualified.split(".")[0] not in GUARDED:
            return None
        return None if self.allows(qualified) else qualified

    def forbidden_attribute(self, name: str) -> str | None:
        return "." + name if "." + name in self.forbid else None

    def attribute_rule(self, name: str) -> str | None:
        """The rule `x.name` falls under when x is any object (an array, a number, a list)."""
        rule = "." + name
        if rule in self.forbid:
            return rule
        if self.allow is None or rule in self.allow:
            return None
        if name.startswith("__") and name.endswith("__"):
            return None if name in HARMLESS_DUNDERS else rule
        return rule if name in array_names() else None


def rules_from_toml(meta: dict[str, Any]) -> Rules:
    """A drill's rules from its parsed drill.toml (no rules when it has no [rules] table)."""
    table = meta.get("rules", {})
    unknown = sorted(set(table) - {"allow", "forbid", "why"})
    if unknown:
        raise ValueError(
            f"[rules] in drill.toml has {', '.join(unknown)}; it knows allow, forbid and why"
        )
    return Rules.from_plain(table)


class _Scanner(ast.NodeVisitor):
    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.strict = rules.allow is not None
        self.aliases: dict[str, str] = {}
        self.modules: set[str] = set()  # aliases an `import` statement bound: modules for sure
        self.bases: set[int] = set()  # Name nodes used as the base of an attribute, not a value
        self.found: list[Violation] = []

    def qualify(self, node: ast.AST) -> str | None:
        if isinstance(node, ast.Name):
            return self.aliases.get(node.id)
        if isinstance(node, ast.Attribute):
            base = self.qualify(node.value)
            return f"{base}.{node.attr}" if base else None
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.slice, ast.Constant)
            and isinstance(node.slice.value, str)
            and self.qualify(node.value) == "sys.modules"
        ):
            return node.slice.value
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

    def is_module(self, name: str, qualified: str) -> bool:
        return qualified.split(".")[0] in GUARDED and (
            name in self.modules or qualified in sys.modules or "." not in qualified
        )

    def report(self, node: ast.AST, what: str, rule: str) -> None:
        self.found.append(Violation(getattr(node, "lineno", 0), what, rule))

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.asname:
                self.aliases[alias.asname] = alias.name
                self.modules.add(alias.asname)
            else:
                top = alias.name.split(".")[0]
                self.aliases[top] = top
                self.modules.add(top)
            rule = self.rules.name_rule(alias.name)
            if rule:
                self.report(node, f"import {alias.name}", rule)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if module == "importlib":
            for alias in node.names:
                self.aliases[alias.asname or alias.name] = f"importlib.{alias.name}"
        for alias in node.names:
            what = f"from {module} import {alias.name}"
            if alias.name == "*":
                if self.strict and module.split(".")[0] in GUARDED:
                    self.report(node, what, f"{module}.*")
                continue
            qualified = f"{module}.{alias.name}"
            self.aliases[alias.asname or alias.name] = qualified
            rule = self.rules.name_rule(qualified) or self.rules.forbidden_attribute(alias.name)
            if rule:
                self.report(node, what, rule)

    def visit_Assign(self, node: ast.Assign) -> None:
        qualified = self.qualify(node.value)
        if qualified:
            for target in node.targets:
                if isinstance(target, ast.Name):
                    self.aliases[target.id] = qualified
                    if isinstance(node.value, ast.Name) and node.value.id in self.modules:
                        self.modules.add(target.id)
        self.bases.add(id(node.value))
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        qualified = self.qualify(node)
        if qualified:
            rule = self.rules.name_rule(qualified) or self.rules.forbidden_attribute(node.attr)
            if rule:
                self.report(node, ast.unparse(node), rule)
                return
        else:
            rule = self.rules.attribute_rule(node.attr)
            if rule:
                self.report(node, ast.unparse(node), rule)
        self.bases.add(id(node.value))
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        qualified = self.qualify(node)
        rule = self.rules.name_rule(qualified) if qualified else None
        if rule:
            self.report(node, ast.unparse(node), rule)
        func = self.qualify(node.func) or getattr(node.func, "id", None)
        if func == "getattr" and len(node.args) >= 2:
            self.getattr_call(node, qualified)
        elif func in ("operator.attrgetter", "operator.methodcaller") and self.strict:
            self.named_attributes(node, func)
        elif self.strict and func in CODE_FROM_TEXT:
            self.report(node, f"{func}()", func)
        elif (
            self.strict
            and func in ("__import__", "importlib.import_module")
            and not (node.args and isinstance(node.args[0], ast.Constant))
        ):
            self.report(node, ast.unparse(node), "import")
        self.generic_visit(node)

    def getattr_call(self, node: ast.Call, qualified: str | None) -> None:
        self.bases.add(id(node.args[0]))
        name = node.args[1]
        if isinstance(name, ast.Constant) and isinstance(name.value, str):
            if qualified:
                rule = self.rules.forbidden_attribute(name.value)
            else:
                rule = self.rules.attribute_rule(name.value)
            if rule:
                self.report(node, ast.unparse(node), rule)

    def named_attributes(self, node: ast.Call, func: str) -> None:
        """operator.attrgetter("T") and operator.methodcaller("dot", v) name attributes too."""
        texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
        if func.endswith("methodcaller"):
            texts = texts[:1]
        for text in texts:
            for name in str(text).split("."):
                rule = self.rules.attribute_rule(name)
                if rule:
                    self.report(node, ast.unparse(node), rule)

    def visit_Name(self, node: ast.Name) -> None:
        qualified = self.aliases.get(node.id)
        if not qualified or not isinstance(node.ctx, ast.Load):
            return
        if qualified != node.id.split(".")[0]:
            rule = self.rules.name_rule(qualified)
            if rule and not any(v.line == node.lineno and v.rule == rule for v in self.found):
                self.report(node, f"{node.id} (that is {qualified})", rule)
                return
        if self.strict and id(node) not in self.bases and self.is_module(node.id, qualified):
            self.report(node, f"the module {node.id} as a value", qualified)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        if isinstance(node.op, ast.MatMult) and self.rules.refuses_matmul:
            self.report(node, "the @ operator", "@")
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        if isinstance(node.op, ast.MatMult) and self.rules.refuses_matmul:
            self.report(node, "the @= operator", "@")
        self.generic_visit(node)


def scan(tree: ast.AST, rules: Rules) -> list[Violation]:
    """Every use of a name the drill refuses in the learner's code, in line order."""
    if rules.empty:
        return []
    scanner = _Scanner(rules)
    scanner.visit(tree)
    return sorted(set(scanner.found), key=lambda v: (v.line, v.what))


# --- run-time guards --------------------------------------------------------------------------


CALLS = ("CALL", "CALL_FUNCTION_EX", "CALL_KW")
NAME_LOADS = (
    "LOAD_GLOBAL",
    "LOAD_NAME",
    "LOAD_FAST",
    "LOAD_DEREF",
    "LOAD_CLASSDEREF",
    "LOAD_FAST_CHECK",
)
ATTRIBUTE_LOADS = ("LOAD_ATTR", "LOAD_METHOD")
HIGHER_ORDER_MODULES = ("builtins", "functools", "_functools", "itertools", "operator", "_operator")
CALL_PREPARATION = (
    "KW_NAMES",
    "PRECALL",
    "PUSH_NULL",
    "CACHE",
    "EXTENDED_ARG",
    "NOP",
    "COPY",
    "SWAP",
)


@functools.lru_cache(maxsize=1024)
def _callees(code: types.CodeType) -> tuple[tuple[int, str, Any], ...]:
    """Each call in `code`, by offset, with the instruction that loaded what it calls: the one
    that starts where the call starts and ends last before it (`np.linalg.norm` in
    `np.linalg.norm(v)`, the call of getattr in `getattr(np, name)(v)`)."""
    instructions = list(dis.get_instructions(code))
    found = []
    for k, call in enumerate(instructions):
        p = call.positions
        if call.opname not in CALLS or p is None or None in (p.lineno, p.col_offset):
            continue
        start, end = (p.lineno, p.col_offset), (p.end_lineno or 0, p.end_col_offset or 0)
        best, best_end = None, (0, 0)
        for before in reversed(instructions[max(0, k - 200) : k]):
            q = before.positions
            if q is None or None in (q.lineno, q.col_offset):
                continue
            if (q.lineno, q.col_offset) < start:
                break
            q_end = (q.end_lineno or 0, q.end_col_offset or 0)
            if (
                (q.lineno, q.col_offset) == start
                and best_end < q_end < end
                and before.opname not in CALL_PREPARATION
            ):
                best, best_end = before, q_end
        found.append((call.offset, best.opname if best else "", best.argval if best else None))
    return tuple(found)


@functools.cache
def _higher_order() -> frozenset[str]:
    """Names of the functions that call what they are given (functools.reduce, map, sorted)."""
    import itertools

    return frozenset(n for m in (functools, itertools, operator) for n in dir(m) if n[0] != "_")


def _calls(frame: types.FrameType, target: Any, names: Collection[str]) -> bool:
    """Whether the call `frame` is making may call `target` (known by `names`): a call of it,
    or of a builtin or a function such as functools.reduce that calls what it is given, or a
    call the code does not show (`getattr(np, name)(v)`). Not a call of another function."""
    calls = [c for c in _callees(frame.f_code) if c[0] <= frame.f_lasti]
    if not calls:
        return True
    _, opname, name = calls[-1]
    if opname in ATTRIBUTE_LOADS:
        return name in names or name in _higher_order()
    if opname in NAME_LOADS:
        for scope in (frame.f_locals, frame.f_globals, vars(builtins)):
            if name in scope:
                value = scope[name]
                module = getattr(value, "__module__", None)
                return value is target or module in HIGHER_ORDER_MODULES
    return True


def _learner_line(files: frozenset[str], target: Any, names: Collection[str]) -> int | None:
    """The line of learner code that called `target` itself, if it did. Not so when C code the
    learner called calls it with the learner's frame still on top (Cython's numpy.random looks
    np.concatenate up as it runs): the learner's code calls something else there."""
    frame = sys._getframe(2)
    if frame.f_code.co_filename in files and _calls(frame, target, names):
        return frame.f_lineno
    return None


# Stands in for a function the drill refuses: a call from the learner's code raises RuleBroken,
# any other call (NumPy's own, ours) goes to the original, whose attributes it shows (numpy.ma
# reads np.arange.__doc__). Small, as there are hundreds: a ufunc's methods (NumPy's own code
# uses np.maximum.reduce) are guarded when asked for.
class _Guard:
    __slots__ = ("files", "names", "original", "rule", "shown")

    def __init__(
        self, original: Callable[..., Any], shown: str, rule: str, files: frozenset[str], attr: str
    ) -> None:
        self.original, self.shown, self.rule, self.files = original, shown, rule, files
        self.names = (attr,)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        line = _learner_line(self.files, self, self.names)
        if line is not None:
            raise RuleBroken(Violation(line, self.shown, self.rule))
        return self.original(*args, **kwargs)

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        return self if instance is None else types.MethodType(self, instance)

    @property
    def __doc__(self) -> str | None:  # type: ignore[override]
        return self.original.__doc__

    def __getattr__(self, attr: str) -> Any:
        if attr in ("_implementation", "__wrapped__"):  # the unguarded function itself
            raise AttributeError(attr)
        value = getattr(self.original, attr)
        if attr in UFUNC_METHODS:
            return _Guard(value, f"{self.shown}.{attr}", self.rule, self.files, attr)
        return value


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
            continue
        # vars(), not getattr(), on a module: NumPy imports numpy.ma or numpy.random when asked
        found = vars(target) if isinstance(target, types.ModuleType) else None
        if found is not None and part in found:
            target = found[part]
        elif found is None and hasattr(target, part):
            target = getattr(target, part)
        else:
            return None
    return target


def _is_public(module: str) -> bool:
    return not any(part.startswith("_") for part in module.split("."))


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
    """Installs the run-time guards for one drill's rules and wraps the arrays the learner gets.

    With an allow-list: every public callable of the already imported modules of an allowed
    library (numpy, numpy.linalg, numpy.fft, ...) that the list does not allow is wrapped, and so
    is each module imported later; the learner's own imports are checked (a library nothing is
    allowed of, SciPy or torch, is refused at import); the arrays the learner gets refuse the
    methods not allowed. Private paths (numpy._core) are the static scan's to refuse.
    """

    def __init__(self, rules: Rules, files: frozenset[str]) -> None:
        self.rules = rules
        self.files = files
        self.array_type: type | None = None
        self.guarded_modules: set[str] = set()
        self.refused_classes: dict[int, tuple[type, set[str], str, str]] = {}
        self.allowed_objects: set[int] = set()

    def install(self) -> None:
        self._install_forbid_list()
        if self.rules.allow is not None:
            self.allowed_objects = {
                id(value)
                for value in map(_resolve, self.rules.allow)
                if value is not None and not isinstance(value, types.ModuleType)
            }
            self._guard_new_modules()
            self._guard_imports()
        if self.rules.refuses_matmul:
            for name in MATMUL_FUNCTIONS:
                self._patch(operator, name, "@")
        methods = {r[1:] for r in self.rules.forbid if r.startswith(".")}
        if self.rules.allow is not None:
            methods |= {n for n in array_names() if self.rules.attribute_rule(n)}
        if self.rules.refuses_matmul:
            methods |= set(MATMUL_METHODS)
        if methods:
            self.array_type = self._guarded_array(methods)
        if "builtins.sum" in self.rules.forbid:
            self._patch(builtins, "sum", "builtins.sum")

    def _install_forbid_list(self) -> None:
        for rule in self.rules.forbid:
            if rule.startswith((".", "@")):
                continue
            target = _resolve(rule)
            if isinstance(target, types.ModuleType):
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

    def _guard_new_modules(self) -> None:
        """Guard the modules of the allowed libraries imported since the last look."""
        assert self.rules.allow is not None
        libraries = tuple(
            e.split(".")[0] + "." for e in self.rules.allow if e.split(".")[0] in GUARDED
        )
        for name in sorted(sys.modules, key=len):  # np.matrix before np.matrixlib.defmatrix.matrix
            if name in self.guarded_modules or not (name + ".").startswith(libraries):
                continue
            module = sys.modules.get(name)
            if getattr(getattr(module, "__spec__", None), "_initializing", False):
                continue  # still running its own imports: it is guarded once they are done
            self.guarded_modules.add(name)
            if isinstance(module, types.ModuleType) and _is_public(name):
                self._guard_module(name, module)

    def _guard_module(self, name: str, module: types.ModuleType) -> None:
        for attr, value in list(vars(module).items()):
            if attr.startswith("_") or isinstance(value, types.ModuleType) or not callable(value):
                continue
            rule = self.rules.name_rule(f"{name}.{attr}")
            if rule is None:
                continue
            if isinstance(value, type):
                self._guard_class(value, attr, f"{name}.{attr}".replace("numpy.", "np."), rule)
            else:
                self._patch(module, attr, rule)

    def _guard_class(self, cls: type, attr: str, shown: str, rule: str) -> None:
        """Refuse building an instance of a class the drill does not allow (np.poly1d, np.matrix)
        by guarding its constructor, in place: the class stays the class for NumPy's own code."""
        if id(cls) in self.allowed_objects:
            return
        if id(cls) in self.refused_classes:
            self.refused_classes[id(cls)][1].add(attr)
            return
        names = {attr}
        self.refused_classes[id(cls)] = (cls, names, shown, rule)
        refused, files = self.refused_classes, self.files
        for slot in ("__new__", "__init__"):
            owner = next((k for k in cls.__mro__ if slot in vars(k)), object)
            raw = vars(owner)[slot]
            original = raw.__func__ if isinstance(raw, staticmethod) else raw
            if not isinstance(original, types.FunctionType):
                continue

            def guard(*args: Any, _original: Any = original, _slot: str = slot, **kw: Any) -> Any:
                made = args[0] if _slot == "__new__" else type(args[0])
                if id(made) in refused:  # not a subclass of it the drill allows
                    _, known_as, text, broken = refused[id(made)]
                    line = _learner_line(files, made, known_as)
                    if line is not None:
                        raise RuleBroken(Violation(line, text, broken))
                return _original(*args, **kw)

            with contextlib.suppress(AttributeError, TypeError):
                setattr(cls, slot, staticmethod(guard) if slot == "__new__" else guard)
            return

    def _guard_imports(self) -> None:
        """The learner's own imports are checked even for a module already imported; what any
        code imports later is guarded like what was there before."""
        import importlib

        original_import, original_import_module = builtins.__import__, importlib.import_module
        files, check, guard_new = self.files, self._check_import, self._guard_new_modules

        def guarded_import(
            name: str, globals: Any = None, locals: Any = None, fromlist: Any = (), level: int = 0
        ) -> Any:
            frame = sys._getframe(1)
            # An import statement of the learner's, not C code that imports while the learner's
            # frame is on top (the first repr of an array imports numpy._core.arrayprint).
            if (
                level == 0
                and frame.f_code.co_filename in files
                and frame.f_code.co_code[frame.f_lasti] == IMPORT_NAME
            ):
                check(name, fromlist or (), frame.f_lineno)
            count = len(sys.modules)
            module = original_import(name, globals, locals, fromlist, level)
            if len(sys.modules) != count:
                guard_new()
            return module

        def guarded_import_module(name: str, package: str | None = None) -> Any:
            frame = sys._getframe(1)
            if not name.startswith(".") and frame.f_code.co_filename in files:
                check(name, (), frame.f_lineno)
            count = len(sys.modules)
            module = original_import_module(name, package)
            if len(sys.modules) != count:
                guard_new()
            return module

        builtins.__import__ = guarded_import
        importlib.import_module = guarded_import_module  # type: ignore[assignment]

    def _check_import(self, name: str, fromlist: Any, line: int) -> None:
        rule = self.rules.name_rule(name)
        if rule:
            raise RuleBroken(Violation(line, f"import {name}", rule))
        for item in fromlist:
            if item == "*" and name.split(".")[0] in GUARDED:
                raise RuleBroken(Violation(line, f"from {name} import *", f"{name}.*"))
            rule = self.rules.name_rule(f"{name}.{item}") if item != "*" else None
            if rule:
                raise RuleBroken(Violation(line, f"from {name} import {item}", rule))

    def _patch(self, owner: Any, attr: str, rule: str) -> None:
        original = getattr(owner, attr)
        shown = f"{getattr(owner, '__name__', rule.rpartition('.')[0])}.{attr}"
        shown = shown.replace("numpy.", "np.")
        # Some attributes cannot be replaced (a ufunc's .reduce); the static scan covers those.
        with contextlib.suppress(AttributeError, TypeError):
            setattr(owner, attr, _Guard(original, shown, rule, self.files, attr))

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

                def prop(
                    self: Any, _get: Any = original.__get__, _shown: str = shown, _rule: str = rule
                ) -> Any:
                    frame = sys._getframe(1)
                    if frame.f_code.co_filename in files:
                        raise RuleBroken(Violation(frame.f_lineno, _shown, _rule))
                    return _get(self)

                def put(self: Any, value: Any, _set: Any = original.__set__) -> None:
                    _set(self, value)

                namespace[name] = property(prop, put)
            else:
                namespace[name] = _Guard(original, shown, rule, files, name)
        return type("ndarray", (np.ndarray,), namespace)

    def wrap(self, value: Any) -> Any:
        """What the learner receives: arrays whose forbidden methods are guarded."""
        if self.array_type is not None and type(value).__name__ == "ndarray":
            import numpy as np

            if isinstance(value, np.ndarray):
                return value.view(self.array_type)
        return value
