"""You looked at the first Hessian only; f is convex only if the Hessian is PSD at every point,
so test each one in H_at_points.
"""


def hessian_test(H_at_points):
    if is_psd(H_at_points[0], 1e-9):
        return None
    return 0
