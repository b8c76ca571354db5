"""You dropped the 2: the second derivative of (xᵢ·w − yᵢ)² is 2xᵢxᵢᵀ, so ∇²L = (2/n) XᵀX for
this drill's L = (1/n) ‖Xw − y‖² (XᵀX / n is the Hessian of the ½-convention loss).
"""


def squared_hessian(X):
    n = X.shape[0]
    return X.T @ X / n
