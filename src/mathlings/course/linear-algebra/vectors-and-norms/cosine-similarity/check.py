"""Checks for cosine-similarity: the cosine and the angle against NumPy, on generated vectors and
on parallel and opposite vectors where rounding pushes the cosine past ±1; zero vectors refused."""

import numpy as np

from mathlings.checker import Call, Raises, as_array, close, explained
from mathlings.checker import strategies as gen

ZERO = Raises(ValueError, "a zero vector has no direction: the cosine is 0/0")
ANGLE_TOLERANCE = close(rtol=1e-9, atol=1e-5)


def cosine(u, v):
    return float(u @ v / (np.linalg.norm(u) * np.linalg.norm(v)))


def expected_cosine(u, v):
    return ZERO if not (u.any() and v.any()) else cosine(u, v)


def expected_angle(u, v):
    if not (u.any() and v.any()):
        return ZERO
    return float(np.degrees(np.arccos(np.clip(cosine(u, v), -1.0, 1.0))))


def explain_cosine(expected, got, args):
    if abs(float(got)) > 1 + 1e-9:
        return (
            f"A cosine lies in [−1, 1], and yours is {float(got):.6g}: it still depends on the "
            "lengths. Divide u·v by both ‖u‖ and ‖v‖."
        )
    return None


def parallel(u, v):
    return abs(abs(cosine(u, v)) - 1) < 1e-12


def compare_angle(expected, got, args):
    """Degrees within 1e-5; a nan on parallel vectors is the unclipped arccos, said as such."""
    found = ANGLE_TOLERANCE(expected, got, args)
    if found is None:
        return None
    try:
        g = as_array(got)
    except ValueError:
        return found
    u, v = args
    if g.shape == () and np.isnan(g) and np.isfinite(expected):
        found.message = "returned nan"
        if not parallel(u, v):
            found.detail = (
                "np.arccos gives nan outside [−1, 1]: is the value you take arccos of really the "
                "cosine, u·v / (‖u‖‖v‖)?"
            )
        elif abs(float(u @ v)) <= 1:  # so not arccos of the raw u·v: the clip is missing
            found.mistake = "no-clip"
            found.detail = (
                "u and v are parallel, so their cosine is ±1 exactly, and rounding made "
                "u·v / (‖u‖‖v‖) a hair larger than 1 in size, where np.arccos gives nan: clip the "
                "cosine to [−1, 1] (np.clip) before np.arccos."
            )
        else:
            found.detail = (
                "u and v are parallel, so their cosine is ±1 exactly; rounding can make "
                "u·v / (‖u‖‖v‖) a hair larger than 1 in size, where np.arccos gives nan: clip the "
                "cosine to [−1, 1] before np.arccos (and take arccos of the cosine, not of u·v)."
            )
    return found


PARALLEL = [  # u·v / (‖u‖‖v‖) rounds past ±1 here, by every usual route
    (np.array([0.3, 0.2]), np.array([0.9, 0.6])),
    (np.array([0.3, 0.2]), np.array([-0.9, -0.6])),
    (np.array([0.7, 0.4]), np.array([7.0, 4.0])),
    (np.array([0.2, 3.0]), np.array([-0.6, -9.0])),
    (np.array([1.0, 1.0, 1.0]), np.array([1.0, 1.0, 1.0])),
    (np.array([0.3, 0.1, 2.0]), np.array([0.9, 0.3, 6.0])),
    (np.array([0.4, 0.9, 0.2]), np.array([-1.2, -2.7, -0.6])),
]
FIXED = [
    (np.array([1.0, 0.0]), np.array([0.0, 2.0])),  # perpendicular: 0, 90°
    (np.array([1.0, 1.0]), np.array([0.0, 3.0])),  # 45°
    (np.array([2.0]), np.array([-5.0])),  # n = 1: −1, 180°
    *PARALLEL,
    (np.array([0.0, 0.0]), np.array([1.0, 2.0])),  # zero vectors: ValueError
    (np.array([1.0, 2.0]), np.array([0.0, 0.0])),
    (np.array([0.0, 0.0, 0.0]), np.array([0.0, 0.0, 0.0])),
]

CHECKS = [
    Call(
        "cosine_similarity(u, v)",
        inputs=gen.non_parallel_pair(),
        expected=expected_cosine,
        compare=explained(close(rtol=1e-9, atol=1e-12), explain_cosine),
        cases=FIXED,
    ),
    Call(
        "angle_degrees(u, v)",
        inputs=gen.non_parallel_pair(),
        expected=expected_angle,
        compare=compare_angle,
        cases=FIXED,
    ),
]
