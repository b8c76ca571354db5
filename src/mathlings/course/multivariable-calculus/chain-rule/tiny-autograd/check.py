"""Checks for tiny-autograd: the learner's Value, driven through the task's gradients(program,
inputs), against PyTorch autograd in float64 on generated expression graphs (shared nodes, numbers
on either side of an operator, deep chains) and on fixed cases (a node used twice, relu at 0)."""

import math
import random

import torch
from hypothesis import strategies as st

from mathlings.checker import Call, close, tuple_of
from mathlings.checker import strategies as gen

TOLERANCE = {"rtol": 1e-8, "atol": 1e-10}
LARGEST = 50.0  # |value| of any node; a step that would leave this range halves a node instead
MARGIN = 0.1  # a denominator, a log's argument, a fractional power's base: at least this far from 0
NUMBERS = [-2.5, -1.0, -0.5, 0.5, 2.0, 3.0]
POWERS = [2, 3, -1, -2, 0.5, 1.5]
BINARY = ["add", "sub", "mul", "div"]
WITH_NUMBER = [
    "add_number", "sub_number", "mul_number", "div_number",
    "number_add", "number_sub", "number_mul", "number_div",
]  # fmt: skip
UNARY = ["neg", "exp", "log", "tanh", "relu"]
OPS = [*BINARY, *WITH_NUMBER, "pow", *UNARY]


def value_of(op, a, b):
    """The step's value in plain floats (b: the other operand, the number or the power), or None
    where it is undefined or would leave the range the check keeps to."""
    if (op.endswith("div") and abs(b) < MARGIN) or (op == "log" and a < MARGIN):
        return None
    if op == "pow" and (abs(a) < MARGIN or (b != int(b) and a < MARGIN)):
        return None
    if op == "exp" and a > math.log(LARGEST):
        return None
    result = {
        "add": lambda: a + b, "sub": lambda: a - b, "mul": lambda: a * b, "div": lambda: a / b,
        "add_number": lambda: a + b, "sub_number": lambda: a - b,
        "mul_number": lambda: a * b, "div_number": lambda: a / b,
        "number_add": lambda: a + b, "number_sub": lambda: a - b,
        "number_mul": lambda: a * b, "number_div": lambda: a / b,
        "pow": lambda: a**b, "neg": lambda: -a, "exp": lambda: math.exp(a),
        "log": lambda: math.log(a), "tanh": lambda: math.tanh(a), "relu": lambda: max(0.0, a),
    }[op]()  # fmt: skip
    return result if abs(result) <= LARGEST else None


DEEP_OPS = ["add", "sub", "mul", "tanh", "mul_number", "number_sub", "neg"]  # slopes stay alive


@st.composite
def programs(draw, inputs=(1, 4), steps=(1, 12)):
    """(program, inputs): a random expression DAG, built step by step so every node stays defined
    and bounded. Each step reads any earlier nodes, so nodes are shared; numbers appear on both
    sides of an operator."""
    xs = draw(st.lists(gen.readable_elements(3.0), min_size=inputs[0], max_size=inputs[1]))
    values = list(xs)
    program = []
    for _ in range(draw(st.integers(*steps))):
        i = draw(st.integers(0, len(values) - 1))
        op = draw(st.sampled_from(OPS))
        if op in BINARY:
            j = draw(st.integers(0, len(values) - 1))
            step, a, b = (op, i, j), values[i], values[j]
        elif op in WITH_NUMBER:
            c = draw(st.sampled_from(NUMBERS))
            number_first = op.startswith("number")
            step = (op, c, i) if number_first else (op, i, c)
            a, b = (c, values[i]) if number_first else (values[i], c)
        elif op == "pow":
            k = draw(st.sampled_from(POWERS))
            step, a, b = (op, i, k), values[i], k
        else:
            step, a, b = (op, i), values[i], None
        value = value_of(op, a, b)
        if value is None:  # undefined or too large here: halve this node instead
            step, value = ("mul_number", i, 0.5), 0.5 * values[i]
        program.append(step)
        values.append(value)
    return program, xs


def torch_gradients(program, inputs):
    """The same graph in torch float64: (output, [∂output/∂input]), 0 for an input not used."""
    leaves = [torch.tensor(float(x), dtype=torch.float64, requires_grad=True) for x in inputs]
    nodes = list(leaves)
    for step in program:
        op = step[0]
        if op in BINARY:
            a, b = nodes[step[1]], nodes[step[2]]
        elif op in WITH_NUMBER:
            a, b = (
                (step[1], nodes[step[2]]) if op.startswith("number") else (nodes[step[1]], step[2])
            )
        else:
            a, b = nodes[step[1]], step[2] if op == "pow" else None
        kind = op.replace("_number", "").replace("number_", "")
        if kind == "add":
            node = a + b
        elif kind == "sub":
            node = a - b
        elif kind == "mul":
            node = a * b
        elif kind == "div":
            node = a / b
        elif op == "pow":
            node = a**b
        elif op == "neg":
            node = -a
        else:
            node = getattr(torch, op)(a)  # exp, log, tanh, relu (relu′(0) = 0)
        nodes.append(node)
    out = nodes[-1]
    grads = torch.autograd.grad(out, leaves, allow_unused=True) if out.requires_grad else []
    grads = [0.0 if g is None else g.item() for g in grads] or [0.0] * len(leaves)
    if not program:  # the output is the last input itself
        grads[-1] = 1.0
    return out.item(), grads


CASES = [
    ([("mul", 0, 0)], [3.0]),  # x·x: one node used twice, grad 2x
    ([("add", 0, 0), ("mul", 1, 0)], [-2.0]),  # (x + x)·x: shared at two depths
    ([("tanh", 0), ("add", 1, 0), ("mul", 2, 1)], [0.5]),  # a diamond: t = tanh x, (t + x)·t
    ([("tanh", 0), ("add", 1, 0), ("mul", 1, 2)], [0.5]),  # the same, t first: t·(t + x)
    ([("relu", 0)], [0.0]),  # relu at exactly 0: grad 0, as in torch
    ([("relu", 0), ("mul", 1, 0)], [2.0]),  # relu(x)·x on the active side
    ([("relu", 0), ("add", 1, 0)], [-1.5]),  # relu(x) + x on the inactive side
    ([("sub", 0, 0), ("relu", 1), ("add", 2, 0)], [1.5]),  # relu(x − x) + x
    ([("number_sub", 1.0, 0), ("number_div", 2.0, 1)], [3.0]),  # 2 / (1 − x)
    ([("pow", 0, 3), ("div", 1, 0), ("log", 0), ("mul", 2, 3)], [2.0]),
    ([("exp", 0), ("tanh", 1), ("sub", 2, 1)], [-1.0, 2.0]),  # the first input is not used
    ([], [4.0]),  # no steps: the output is the input, grad 1
    ([("pow", 0, 2)], [0.0]),  # powers at base 0, where aᵏ is defined: k·aᵏ⁻¹ = 0, not out/a
    ([("pow", 0, 3), ("add", 1, 0)], [0.0]),
    ([("pow", 0, 1.5)], [0.0]),
]


def deep_chain(length):
    """A chain of `length` steps, each tanh or an affine step of the one before, with a skip
    connection back to the input every few steps: deep, and the input is shared all along."""
    program = []
    for k in range(length):
        last = k  # the node made by the previous step (node 0 is the input)
        program.append([("tanh", last), ("mul_number", last, 0.5), ("add", last, 0)][k % 3])
    return program, [0.7]


def deep_graph(seed, length):
    """A seeded random DAG of `length` steps over DEEP_OPS: each step reads one of the last three
    nodes and, for a binary op, one of those or an input (a skip connection). Made once, here,
    not by Hypothesis: shrinking a 200-step program would take minutes."""
    rng = random.Random(seed)
    xs = [float(rng.choice([-2, -1, 1, 2])) + rng.choice([0.0, 0.25, 0.5]) for _ in range(3)]
    values, program = list(xs), []
    for _ in range(length):
        recent = range(max(0, len(values) - 3), len(values))
        i, op = rng.choice(recent), rng.choice(DEEP_OPS)
        if op in BINARY:
            j = rng.choice([*recent, *range(len(xs))])
            step, a, b = (op, i, j), values[i], values[j]
        elif op == "mul_number":
            step, a, b = (op, i, 0.5), values[i], 0.5
        elif op == "number_sub":
            step, a, b = (op, 2.0, i), 2.0, values[i]
        else:
            step, a, b = (op, i), values[i], None
        value = value_of(op, a, b)
        if value is None:
            step, value = ("mul_number", i, 0.5), 0.5 * values[i]
        program.append(step)
        values.append(value)
    return program, xs


def doubling(levels):
    """Each level uses the node before it twice, n + n, then halves it: the output is x again,
    but there are 2^levels paths from x to it. A backward pass that visits each node once (in
    reverse topological order) takes 2·levels steps; one that follows every path never ends."""
    program = []
    for level in range(levels):
        last = 2 * level  # node 0 is the input; each level adds two nodes
        program += [("add", last, last), ("mul_number", last + 1, 0.5)]
    return program, [1.25]


DEEP = [deep_chain(60), deep_chain(200), doubling(40)] + [
    deep_graph(seed, length)  # seeds whose graphs pass a gradient to every input
    for seed, length in [(14, 50), (1, 100), (23, 100), (2, 150), (3, 200), (15, 200)]
]

ANSWER = tuple_of(("output", "grads"), close(**TOLERANCE), close(**TOLERANCE))

CHECKS = [
    Call(
        "gradients(program, inputs)",
        name="small graphs",
        inputs=programs(),
        expected=torch_gradients,
        compare=ANSWER,
        cases=CASES,
        examples=60,
    ),
    Call(
        "gradients(program, inputs)",
        name="deep graphs",
        inputs=st.sampled_from(DEEP),
        expected=torch_gradients,
        compare=ANSWER,
        examples=len(DEEP),
    ),
]
