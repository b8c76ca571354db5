"""Read the formulas in the course's texts (lessons, hints, docstrings, demo code) as SymPy.

The course writes math as plain text: `(2/n) Xᵀ(Xw + b − y)`, `∂L/∂W₁ = (∂L/∂z₁) xᵀ`,
`Σᵢ rᵢ xᵢ`, `1 / 2**0.5`, and in code `2 / n * X.T @ r`. `formulas(text)` finds every expression
that starts a clause (after `=`, a comma, an opening bracket, a word) and reads it with a small
parser that stops where the formula stops and the prose begins. `definitions(text)` collects
`name = expression` lines, so `∂L/∂W₁ = δ₁ xᵀ` can be read through what δ₁ stands for.

The model is coarse on purpose, so it can only make two formulas look *more* alike: every symbol
commutes, a name's case is folded (the rows xᵢ of X are X), the index of a sum is dropped, a
transpose and a sum over the samples are both the same linear factor τ (Σᵢ rᵢ xᵢ = Xᵀr = X.T @ r),
and a name with digits in code is the name with a subscript (W1 is W₁).
Two formulas are equal when SymPy says their difference is 0 in that model.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

import sympy
from sympy.core.function import AppliedUndef

TAU = sympy.Symbol("τ")  # transpose, and the sum over samples: one linear factor
FUNCTIONS = {
    "tanh": sympy.tanh,
    "exp": sympy.exp,
    "log": sympy.log,
    "sin": sympy.sin,
    "cos": sympy.cos,
    "sqrt": sympy.sqrt,
    "relu": sympy.Function("relu"),
    "sigmoid": sympy.Function("sigmoid"),
}
CODE_REDUCTIONS = {"sum", "mean"}  # np.sum(x), x.sum(): a sum over samples
SMALL_WORDS = {"is", "so", "of", "to", "in", "on", "at", "as", "or", "an", "be", "by", "if", "it"}
SUBSCRIPT_DIGITS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
INDEX_MARKS = "ᵢⱼₖ"
SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉ᵢⱼₖₙₘₚ"
SUPERSCRIPT_POWERS = {"²": 2, "³": 3}
TIMES = {"*", "·", "×", "⊙", "@"}
MINUS = {"−", "-"}
BARRIERS = {"=", "≈", "⇒", ",", ";", ":", "(", "[", "BREAK", "WORD", "OTHER", "→", "↦", "≤", "≥"}


@dataclass(frozen=True)
class Token:
    kind: str  # NUM, NAME, DERIV (∂L/∂w), FUNC, SUM, an operator, or a barrier (WORD, BREAK, ...)
    text: str
    value: object = None


def _name_symbol(raw: str) -> sympy.Symbol:
    """A name as a symbol: subscript digits kept, index letters dropped, case folded, marks kept
    (ŷ, x̄ and x̃ are not y and x)."""
    name = raw.translate(SUBSCRIPT_DIGITS)
    name = "".join(c for c in name if c not in INDEX_MARKS)
    return sympy.Symbol(name.lower())


NAME = r"[A-Za-zα-ωΑ-Ω](?:[\u0300-\u036f])*[" + SUBSCRIPTS + r"]*′?"
TOKEN = re.compile(
    rf"(?P<BREAK> {{2,}}|\t)"
    rf"|(?P<SPACE> )"
    rf"|(?P<ELLIPSIS>\.\.\.|…)"
    rf"|(?P<NUM>\d+(?:\.\d+)?(?:e-?\d+)?)"
    rf"|(?P<DERIV>∂\(?{NAME}²?\)?/∂{NAME})"
    rf"|(?P<SUM>Σ[{SUBSCRIPTS}₌ᵈⁿ]*|∑)"
    rf"|(?P<CODE>(?:np|math|torch)\.(?:linalg\.)?[a-z_]+)"
    rf"|(?P<ATTR>\.(?:T|sum|mean)\b(?:\(\))?)"
    rf"|(?P<CODEATTR>\.[A-Za-z_]\w*)"
    rf"|(?P<LETTERS>[A-Za-z]{{2,}})"
    rf"|(?P<CODENAME>[A-Za-z]\d+\b)"
    rf"|(?P<NAMECHAR>{NAME})"
    rf"|(?P<POW>\*\*|\^)"
    rf"|(?P<OP>[-+−*·×⊙@/()\[\]ᵀ²³√=≈⇒,;:→↦≤≥<>])"
    rf"|(?P<OTHER>.)"
)


def tokens(line: str) -> list[Token]:
    out: list[Token] = []
    line = unicodedata.normalize("NFD", line)  # ŷ is y and a hat, as x̃ is x and a tilde
    for match in TOKEN.finditer(line):
        kind, text = match.lastgroup or "OTHER", match.group()
        if kind == "SPACE":
            continue
        if kind == "CODENAME":  # W1 in code is W₁
            out.append(Token("NAME", text, _name_symbol(text[0] + text[1:].translate(SUBSCRIPT))))
        elif kind == "NAMECHAR":
            out.append(Token("NAME", text, _name_symbol(text)))
        elif kind == "LETTERS":
            out.extend(_letters(text))
        elif kind == "CODE":
            function = text.rsplit(".", 1)[1]
            if function in CODE_REDUCTIONS:
                out.append(Token("SUM", text))
            elif function in FUNCTIONS:
                out.append(Token("FUNC", text, FUNCTIONS[function]))
            else:
                out.append(Token("WORD", text))
        elif kind == "ATTR":
            out.append(Token("ᵀ" if text == ".T" else "SUMATTR", text))
        elif kind == "CODEATTR":
            out.append(Token("ATTRIBUTE", text))
        elif kind == "OP":
            out.append(Token(text, text))
        else:
            out.append(Token(kind, text))
    return out


def _letters(run: str) -> list[Token]:
    """A run of ASCII letters: a function name, a word of prose or a constant's name (MEAN), which
    no formula crosses, or, two letters long, a product of one-letter names (Xw, XcᵀXc, ad)."""
    if run in FUNCTIONS:
        return [Token("FUNC", run, FUNCTIONS[run])]
    if run.lower() in SMALL_WORDS or len(run) > 2:
        return [Token("WORD", run)]
    return [Token("NAME", c, _name_symbol(c)) for c in run]


class Parser:
    """Recursive descent with backtracking: each rule returns (expression, next position) or None,
    and a product or sum simply ends where the next piece does not parse."""

    def __init__(self, toks: list[Token]) -> None:
        self.toks = toks

    def kind(self, i: int) -> str:
        return self.toks[i].kind if i < len(self.toks) else "END"

    def complete(self, i: int) -> bool:
        """A formula that stops at `.shape` or `.append` was code cut short, not a formula."""
        return self.kind(i) != "ATTRIBUTE"

    def expression(self, i: int) -> tuple[sympy.Expr, int] | None:
        sign = 1
        if self.kind(i) in MINUS or self.kind(i) == "+":
            sign = -1 if self.kind(i) in MINUS else 1
            i += 1
        first = self.term(i)
        if first is None:
            return None
        total, i = sign * first[0], first[1]
        while self.kind(i) in MINUS or self.kind(i) == "+":
            nxt = self.term(i + 1)
            if nxt is None:
                break
            total = total - nxt[0] if self.kind(i) in MINUS else total + nxt[0]
            i = nxt[1]
        return total, i

    def term(self, i: int) -> tuple[sympy.Expr, int] | None:
        first = self.factor(i)
        if first is None:
            return None
        product, i = first
        while True:
            op = self.kind(i)
            if op in TIMES or op == "/":
                nxt = self.factor(i + 1)
                if nxt is None:
                    break
                product = product / nxt[0] if op == "/" else product * nxt[0]
                i = nxt[1]
                continue
            if self.kind(i) == "NUM":  # "x 2" is not a product
                break
            nxt = self.factor(i)  # side by side: a product
            if nxt is None:
                break
            product, i = product * nxt[0], nxt[1]
        return product, i

    def factor(self, i: int) -> tuple[sympy.Expr, int] | None:
        found = self.atom(i)
        if found is None:
            return None
        value, i = found
        while True:
            kind = self.kind(i)
            if kind in ("ᵀ", "SUMATTR"):  # Xᵀ, X.T, r.sum()
                value, i = TAU * value, i + 1
            elif kind in SUPERSCRIPT_POWERS:
                value, i = value ** SUPERSCRIPT_POWERS[kind], i + 1
            elif kind == "POW" and (power := self.atom(i + 1)) is not None:
                value, i = value ** power[0], power[1]
            else:
                return value, i

    def atom(self, i: int) -> tuple[sympy.Expr, int] | None:
        kind = self.kind(i)
        tok = self.toks[i] if i < len(self.toks) else None
        if kind == "NUM":
            if tok.text == "1" and self.kind(i + 1) == "[":
                return self.indicator(i + 2)
            return sympy.Rational(tok.text), i + 1
        if kind in ("NAME", "DERIV"):
            symbol = tok.value if kind == "NAME" else sympy.Symbol(tok.text.replace("²", ""))
            return symbol, i + 1
        if kind == "(":
            inner = self.expression(i + 1)
            if inner is None or self.kind(inner[1]) != ")":
                return None
            return inner[0], inner[1] + 1
        if kind == "FUNC":
            argument = self.factor(i + 1)
            return None if argument is None else (tok.value(argument[0]), argument[1])
        if kind == "√":
            argument = self.factor(i + 1)
            return None if argument is None else (sympy.sqrt(argument[0]), argument[1])
        if kind == "SUM":
            body = self.term(i + 1)
            return None if body is None else (TAU * body[0], body[1])
        return None

    def indicator(self, i: int) -> tuple[sympy.Expr, int] | None:
        """1[z₁ > 0]: one symbol, named by what is inside the brackets."""
        j = i
        while j < len(self.toks) and self.kind(j) != "]":
            j += 1
        if j == len(self.toks):
            return None
        inside = "".join(t.text for t in self.toks[i:j])
        return sympy.Symbol(f"1[{inside.translate(SUBSCRIPT_DIGITS)}]"), j + 1


def clause_starts(toks: list[Token]) -> Iterator[int]:
    """Where a formula may begin: the start, after a barrier (=, a comma, a word, a wide gap),
    and at an opening bracket."""
    for i, tok in enumerate(toks):
        if i == 0 or toks[i - 1].kind in BARRIERS or tok.kind == "(":
            yield i


@functools.cache
def formulas(text: str) -> tuple[tuple[str, sympy.Expr], ...]:
    """Every formula in the text that is more than a lone name or number, with its source line."""
    return tuple(_formulas(text))


def _formulas(text: str) -> Iterator[tuple[str, sympy.Expr]]:
    for line in text.splitlines():
        toks = tokens(line)
        parser = Parser(toks)
        for i in clause_starts(toks):
            found = parser.expression(i)
            if found is not None and found[1] - i > 1 and parser.complete(found[1]):
                yield line.strip(), found[0]


@functools.cache
def definitions(text: str) -> dict[sympy.Symbol, sympy.Expr]:
    """`name = formula`, where the name starts a clause: δ₁ = ∂L/∂h ⊙ 1[z₁ > 0], r = Xw + b − y,
    and in code `r = X @ w + b - y`. The first definition of a name wins. (Cached: do not change
    the dict you get.)"""
    found: dict[sympy.Symbol, sympy.Expr] = {}
    for line in text.splitlines():
        toks = tokens(line)
        parser = Parser(toks)
        for i in clause_starts(toks):
            if toks[i].kind not in ("NAME", "DERIV"):
                continue
            equals = i + 2 if parser.kind(i + 1) == "BREAK" else i + 1  # `∂L/∂h  = ...`
            if parser.kind(equals) == "=":
                rhs = parser.expression(equals + 1)
                name = parser.atom(i)
                if rhs is None or name is None or not parser.complete(rhs[1]):
                    continue
                if name[0] not in found:
                    found[name[0]] = rhs[0]
    return found


def resolve(
    expr: sympy.Expr, defined: dict[sympy.Symbol, sympy.Expr], keep: frozenset = frozenset()
) -> sympy.Expr:
    """Substitute the definitions until nothing changes (a few rounds at most), except those of
    the names in `keep`: the quantities a drill's task defines (p, h, z₁) stay themselves."""
    usable = {s: e for s, e in defined.items() if s not in keep and not e.has(s)}
    for _ in range(6):
        expanded = expr.xreplace(usable)
        if expanded == expr:
            break
        expr = expanded
    return expr


def numeric_stand_ins(expr: sympy.Expr) -> sympy.Expr:
    """relu(t) and other functions SymPy cannot evaluate, as fixed functions it can: the same
    name always gets the same stand-in, so equal formulas stay equal."""
    return expr.replace(
        lambda e: isinstance(e, AppliedUndef),
        lambda e: sympy.exp(e.args[0] / (1 + sum(map(ord, e.func.__name__)) % 7)),
    )


def value_of(symbol: sympy.Symbol, point: int) -> float:
    """A fixed, unremarkable number for each name at each of two points: equal names, equal
    numbers, in whichever formula they appear."""
    return 0.3 + (zlib.crc32(f"{point}{symbol}".encode()) % 1000) / 617


@functools.cache
def values_at(expr: sympy.Expr) -> tuple[complex, ...] | None:
    """The formula's value at the two points, or None where it has none (0/0, log of 0)."""
    numeric = numeric_stand_ins(expr)
    found = []
    for point in (0, 1):
        at = {s: value_of(s, point) for s in numeric.free_symbols}
        try:
            found.append(complex(sympy.N(numeric.xreplace(at))))
        except (TypeError, ValueError, ZeroDivisionError):
            return None
    return tuple(found)


def same(a: sympy.Expr, b: sympy.Expr) -> bool:
    """Equal in the model: a quick numeric look first, then SymPy's word on the difference."""
    va, vb = values_at(a), values_at(b)
    if va is None or vb is None:
        return False
    if not all(abs(x - y) <= 1e-9 * max(1.0, abs(x)) for x, y in zip(va, vb, strict=True)):
        return False
    return sympy.simplify(a - b) == 0
