import numpy as np


def quadratic_form_grad(A: np.ndarray, x: np.ndarray) -> np.ndarray:
    """∇ₓ(xᵀAx) = (A + Aᵀ)x.

    xᵀAx = Σᵢⱼ xᵢAᵢⱼxⱼ; ∂/∂xₖ picks up Σⱼ Aₖⱼxⱼ (where i = k) and Σᵢ xᵢAᵢₖ (where j = k),
    that is (Ax)ₖ + (Aᵀx)ₖ. Only for a symmetric A is this 2Ax.
    """
    return (A + A.T) @ x


def logsumexp_grad(z: np.ndarray) -> np.ndarray:
    """∇ log Σⱼ e^(zⱼ) = softmax(z), pᵢ = e^(zᵢ) / Σⱼ e^(zⱼ).

    Shifted by m = max(z) first, which changes nothing (the e^m cancels) but keeps every
    exponent ≤ 0, so e^(zᵢ − m) cannot overflow.
    """
    m = np.max(z)
    exps = np.exp(z - m)
    return exps / np.sum(exps)


def logistic_loss(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> float:
    """L(w) = (1/n) Σᵢ log(1 + e^(−mᵢ)), the margins mᵢ = yᵢ xᵢ·w.

    log(1 + e^(−m)) is computed as logaddexp(0, −m), which never forms e^(−m) for a large −m.
    """
    margins = y * (X @ w)
    return float(np.mean(np.logaddexp(0.0, -margins)))


def logistic_loss_grad(X: np.ndarray, y: np.ndarray, w: np.ndarray) -> np.ndarray:
    """∇L(w) = −(1/n) Σᵢ σ(−mᵢ) yᵢ xᵢ = −(1/n) Xᵀ(y ⊙ σ(−m)), σ(t) = 1/(1 + e^(−t)).

    d/dm log(1 + e^(−m)) = −e^(−m)/(1 + e^(−m)) = −σ(−m), and ∂mᵢ/∂w = yᵢxᵢ.
    σ(−m) = 1/(1 + e^m) = e^(−log(1 + e^m)) is taken as exp(−logaddexp(0, m)): no overflow.
    """
    n = X.shape[0]
    margins = y * (X @ w)
    weights = np.exp(-np.logaddexp(0.0, margins))
    return -(X.T @ (y * weights)) / n
