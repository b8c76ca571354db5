"""Checks for backprop-by-hand: the four partials of the 2-layer MLP's loss, typed in as formulas
over p, y, hᵢ, w₂ᵢ, xⱼ, rᵢ and compared as mathematics; a wrong one that is the right one up to a
sign or one factor is told which."""

import sympy as sp

from mathlings.checker import Value, formula

SYMBOLS = ("p", "y", "h_i", "w2_i", "x_j", "r_i")
p, y, h_i, w2_i, x_j, r_i = (sp.Symbol(name, real=True) for name in SYMBOLS)

# A factor the verdict may say is missing or extra, and how it says it.
FACTORS = [
    (r_i, "r_i, relu′(z₁ᵢ)"),
    (w2_i, "w2_i, the weight from unit i to the output"),
    (x_j, "x_j, the input W₁ᵢⱼ multiplies"),
    (h_i, "h_i, the activation w₂ᵢ multiplies"),
    (p - y, "p − y"),
    (p * (1 - p), "σ′(z₂) = p(1 − p)"),
]


def factor_by_factor(*symbols: str):
    """formula(...), plus one sentence when the answer is the right one up to a sign or up to
    one factor of FACTORS too many or too few: which term is off."""
    same = formula(*symbols)

    def compare(expected, got, args=()):
        found = same(expected, got, args)
        if found is None or isinstance(expected, str) or found.message.startswith("is not a"):
            return found  # right, a known mistake's formula (a string), or not a formula
        variants = [(-expected, "Its sign is off: it is the right formula times −1.")]
        for factor, said in FACTORS:
            variants.append((expected * factor, f"It has one factor too many: {said}."))
            variants.append((expected / factor, f"It lacks a factor: {said}."))
        for variant, sentence in variants:
            if same(variant, got, args) is None:
                found.detail = f"{found.detail} {sentence}" if found.detail else sentence
                break
        return found

    return compare


def partial(name: str, expected: sp.Expr) -> Value:
    return Value(name, expected, compare=factor_by_factor(*SYMBOLS))


CHECKS = [
    partial("dL_dw2_i", (p - y) * h_i),
    partial("dL_db2", p - y),
    partial("dL_dW1_ij", (p - y) * w2_i * r_i * x_j),
    partial("dL_db1_i", (p - y) * w2_i * r_i),
]
