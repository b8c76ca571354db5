"""Checks for linear-maps: each matrix against its formula; a wrong one is described by where it
sends e₁ and e₂ and by the properties (RᵀR = I, det R = 1, P² = P, Pᵀ = P, P u = u, P u⊥ = 0) it
breaks."""

import numpy as np
from hypothesis import strategies as st

from mathlings.checker import Call, close, explained, shown
from mathlings.checker import strategies as gen

TOLERANCE = close(rtol=1e-9, atol=1e-12)
PROPERTY_TOL = 1e-9


def sends(M):
    return f"sends e₁ to {shown(M[:, 0])} and e₂ to {shown(M[:, 1])}"


def R(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, -s], [s, c]])


def explain_rotation(expected, got, args):
    (theta,) = args
    said = [
        f"R({theta:.4g}) sends e₁ to (cos θ, sin θ) = {shown(expected[:, 0])} and e₂ to "
        f"(−sin θ, cos θ) = {shown(expected[:, 1])}; yours {sends(got)} (its columns)."
    ]
    orthogonal = np.linalg.norm(got.T @ got - np.eye(2)) <= 1e-6
    det = float(np.linalg.det(got))
    if not orthogonal:
        said.append("RᵀR ≠ I: your matrix changes lengths, so it is not a rotation.")
    elif det < 0:
        said.append("det = −1: your matrix is a reflection (it flips the plane), not a rotation.")
    else:
        turned = np.degrees(np.arctan2(got[1, 0], got[0, 0]))
        wanted = np.degrees(np.arctan2(np.sin(theta), np.cos(theta)))
        said.append(
            f"It is a rotation (RᵀR = I, det = 1), but it turns e₁ by {turned:.4g}°, not by "
            f"θ = {theta:.4g} rad = {wanted:.4g}° counter-clockwise."
        )
    return " ".join(said)


def explain_scaling(expected, got, _args):
    return (
        f"S sends e₁ to sx e₁ = {shown(expected[:, 0])} and e₂ to sy e₂ = {shown(expected[:, 1])}; "
        f"yours {sends(got)} (its columns)."
    )


def explain_projection(expected, got, args):
    (u,) = args
    u_perp = np.array([-u[1], u[0]])
    said = [f"P = u uᵀ / (uᵀu) {sends(expected)}; yours {sends(got)} (its columns)."]
    scale = PROPERTY_TOL * max(1.0, np.linalg.norm(got))
    if np.linalg.norm(got @ got - got) > scale:
        said.append("P² ≠ P: projecting twice moves the point again.")
    if np.linalg.norm(got - got.T) > scale:
        said.append("Pᵀ ≠ P: it is not an orthogonal projection.")
    Pu = got @ u
    if np.linalg.norm(Pu - u) > scale * np.linalg.norm(u):
        ratio = (Pu @ u) / (u @ u)
        parallel = np.linalg.norm(Pu - ratio * u) <= scale * np.linalg.norm(u)
        Pu_is = f"{ratio:.4g}·u" if parallel else shown(Pu)
        said.append(f"P u = {Pu_is}, not u = {shown(u)}: a point already on the line must stay.")
    if np.linalg.norm(got @ u_perp) > scale * np.linalg.norm(u):
        said.append(f"P u⊥ = {shown(got @ u_perp)} for u⊥ = {shown(u_perp)}, not 0.")
    return " ".join(said)


def not_unit(u):
    """u, doubled when it is close to a unit vector: u uᵀ without the division would pass there."""
    return 2 * u if abs(np.linalg.norm(u) - 1) < 0.1 else u


CHECKS = [
    Call(
        "rotation(theta)",
        inputs=st.tuples(gen.angles()),
        expected=R,
        compare=explained(TOLERANCE, explain_rotation),
        cases=[(0.0,), (np.pi / 2,), (np.pi,), (-np.pi / 2,), (2 * np.pi / 3,)],
    ),
    Call(
        "scaling(sx, sy)",
        inputs=st.tuples(gen.readable_elements(5.0), gen.readable_elements(5.0)),
        expected=lambda sx, sy: np.diag([sx, sy]),
        compare=explained(TOLERANCE, explain_scaling),
        cases=[(2.0, 1.0), (1.0, 1.0), (0.0, 3.0), (-1.0, 1.0), (0.5, -2.0)],
    ),
    Call(
        "projection_onto(u)",
        inputs=st.tuples(gen.nonzero_vectors(2).map(not_unit)),
        expected=lambda u: np.outer(u, u) / (u @ u),
        compare=explained(TOLERANCE, explain_projection),
        cases=[
            (np.array([3.0, 4.0]),),
            (np.array([1.0, 1.0]),),
            (np.array([0.0, 2.0]),),
            (np.array([-2.0, 1.0]),),
            (np.array([0.6, 0.8]),),  # a unit vector
        ],
    ),
]
