"""One PSD Hessian does not make f convex: convexity needs ∇²f ⪰ 0 at every point, so return the
index of any Hessian that is not PSD, and None only when all of them are.
"""


def hessian_test(H_at_points):
    if any(is_psd(H, 1e-9) for H in H_at_points):
        return None
    return 0
