"""Checks for matmul-from-scratch: each function against NumPy, on edge and generated shapes."""

import numpy as np

from mathlings.checker import Call, close
from mathlings.checker import strategies as gen


def grid(n: int, m: int) -> np.ndarray:
    """A small matrix with distinct entries 1, 2, 3, ... so a misplaced entry shows."""
    return np.arange(1.0, n * m + 1).reshape(n, m)


CHECKS = [
    Call(
        "dot(u, v)",
        inputs=gen.vector_pair(),
        expected=lambda u, v: float(np.dot(u, v)),
        compare=close(),
        cases=[(np.array([2.0]), np.array([3.0])), (np.zeros(0), np.zeros(0))],
        edges={"empty dimension": "the task says the dot product of two empty vectors is 0.0"},
    ),
    Call(
        "transpose(A)",
        inputs=gen.single_matrix(),
        expected=np.transpose,
        compare=close(),
        cases=[(grid(1, 1),), (grid(3, 1),), (grid(1, 4),), (np.zeros((0, 3)),)],
        edges={"empty dimension": "the task says Aᵀ of an n x m A is m x n, also for n = 0"},
    ),
    Call(
        "matmul(A, B)",
        inputs=gen.matrix_pair_for_product(),
        expected=np.matmul,
        compare=close(),
        cases=[
            (grid(1, 1), grid(1, 1)),
            (grid(3, 1), grid(1, 4)),
            (grid(1, 3), grid(3, 1)),
            (np.zeros((2, 0)), np.zeros((0, 3))),
        ],
        edges={"empty dimension": "the task says when k = 0 the product is n x m zeros"},
    ),
]
