"""Rank, null space, column space: what a matrix keeps and what it destroys.

Uses a 3×3 matrix whose third column is the sum of the first two. Shows rank + nullity = number
of columns, that adding a null-space vector to the input does not change the output, that an
input splits into a row-space part (carried one to one onto the column space) and a null-space
part (sent to 0), which columns of A form a basis of the column space, which right-hand sides b
are reachable, and that the numerical rank of a slightly perturbed matrix depends on the
tolerance.
"""

from __future__ import annotations

import numpy as np


def main() -> None:
    np.set_printoptions(precision=4, suppress=True)

    A = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 9.0], [7.0, 8.0, 15.0]])
    m, n_cols = A.shape
    print("A (column 3 = column 1 + column 2) =")
    print(A)

    print("\n1. Rank–nullity: rank + nullity = number of columns")
    rank = np.linalg.matrix_rank(A)
    _, sigma, Vt = np.linalg.svd(A)
    null_basis = Vt[rank:]  # right singular vectors with singular value 0 span null(A)
    print(f"   singular values: {sigma}")
    print(
        f"   rank = {rank}, nullity = {len(null_basis)}, rank + nullity = "
        f"{rank + len(null_basis)} = number of columns {n_cols}"
    )
    n = null_basis[0] / null_basis[0][0]  # rescale for readability: (1, 1, −1)
    print(f"   a null vector n = {n},  An = {A @ n}")

    print("\n2. A(x + n) = Ax: the null-space component is invisible")
    x = np.array([2.0, -1.0, 0.5])
    for t in (0.0, 1.0, -3.0, 10.0):
        x_moved = (x + t * n).round(10) + 0.0  # + 0.0 turns −0.0 into 0.0
        print(f"   t = {t:+5.1f}:  x + t·n = {x_moved}  →  A(x + t·n) = {A @ x_moved}")

    print("\n3. Every input = a row-space part + a null-space part; only the first reaches Ax")
    row_basis = Vt[:rank]  # right singular vectors with σ > 0 span row(A)
    x_row = row_basis.T @ (row_basis @ x)
    x_null = x - x_row
    print(f"   x = {x} = x_row {x_row} + x_null {x_null}")
    print(f"   x_row·x_null = {x_row @ x_null:.1e}  (perpendicular, up to rounding)")
    print(f"   A x_null = {(A @ x_null).round(10) + 0.0},  A x_row = {A @ x_row} = Ax = {A @ x}")
    sigma_r = f"σ{'₀₁₂₃₄₅₆₇₈₉'[rank]}"  # the smallest nonzero singular value
    print(f"   on row(A), ‖Av‖ ≥ {sigma_r}·‖v‖ = {sigma[rank - 1]:.4f}·‖v‖: only v = 0 goes to 0,")
    print("   so A carries row(A) one to one onto col(A)")

    print("\n4. Column space: a basis among the columns, and which outputs are reachable")
    pivots = [
        j
        for j in range(n_cols)
        if np.linalg.matrix_rank(A[:, : j + 1]) > np.linalg.matrix_rank(A[:, :j])
    ]  # column j adds a new direction: in the RREF, it holds a pivot
    names = " and ".join(str(j + 1) for j in pivots)
    print(f"   columns {names} of A are independent and span col(A); column 3 adds nothing new")
    print("   (NumPy counts from 0: column 1 is A[:, 0])")
    b_reachable = A @ np.array([1.0, 1.0, 1.0])
    b_unreachable = np.array([1.0, 0.0, 0.0])
    for name, b in (("A·(1, 1, 1)", b_reachable), ("e₁", b_unreachable)):
        x_ls, *_ = np.linalg.lstsq(A, b, rcond=None)
        gap = np.linalg.norm(A @ x_ls - b)
        verdict = "reachable" if gap < 1e-9 else "NOT reachable"
        print(f"   b = {name:<11} = {b!s:<14}: best ‖Ax − b‖ = {gap:.2e}  → {verdict}")

    print("\n5. Numerical rank depends on a tolerance")
    rng = np.random.default_rng(0)
    A_noisy = A + 1e-10 * rng.normal(size=A.shape)
    sigma_noisy = np.linalg.svd(A_noisy, compute_uv=False)
    print(
        f"   A + 1e-10·noise has singular values {sigma_noisy[0]:.4f}, {sigma_noisy[1]:.4f}, "
        f"{sigma_noisy[2]:.1e}"
    )
    default_tol = sigma_noisy[0] * max(m, n_cols) * np.finfo(float).eps
    print(f"   default tolerance ≈ σ_max·max(m, n)·eps = {default_tol:.1e}")
    for tol in (None, 1e-8):
        label = "default" if tol is None else f"{tol:.0e}"
        print(f"   matrix_rank(tol={label:<7}) = {np.linalg.matrix_rank(A_noisy, tol=tol)}")
    print("   Same matrix, two honest answers: rank 3 in exact arithmetic, rank 2 up to noise.")


if __name__ == "__main__":
    main()
