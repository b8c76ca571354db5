import numpy as np


def sgd_step(x: np.ndarray, g: np.ndarray, state: dict, lr: float) -> tuple[np.ndarray, dict]:
    """x ← x − η g. Plain SGD keeps no state: state is {} and comes back as it is."""
    x_new = x - lr * g
    return x_new, state


def momentum_step(
    x: np.ndarray, g: np.ndarray, state: dict, lr: float, mu: float
) -> tuple[np.ndarray, dict]:
    """torch.optim.SGD with momentum μ: v ← μ v + g, then x ← x − η v. State {"v": v}."""
    v = mu * state["v"] + g
    x_new = x - lr * v
    return x_new, {"v": v}


def adam_step(
    x: np.ndarray, g: np.ndarray, state: dict, lr: float, beta1: float, beta2: float, eps: float
) -> tuple[np.ndarray, dict]:
    """torch.optim.Adam. State {"m": m, "v": v, "t": t}, t = the number of steps taken.

    t ← t + 1
    m ← β₁ m + (1 − β₁) g            v ← β₂ v + (1 − β₂) g²
    m̂ = m / (1 − β₁ᵗ)                 v̂ = v / (1 − β₂ᵗ)
    x ← x − η m̂ / (√v̂ + ε)
    """
    t = state["t"] + 1
    m = beta1 * state["m"] + (1 - beta1) * g
    v = beta2 * state["v"] + (1 - beta2) * g**2
    m_hat = m / (1 - beta1**t)
    v_hat = v / (1 - beta2**t)
    x_new = x - lr * m_hat / (np.sqrt(v_hat) + eps)
    return x_new, {"m": m, "v": v, "t": t}


def adamw_step(
    x: np.ndarray,
    g: np.ndarray,
    state: dict,
    lr: float,
    beta1: float,
    beta2: float,
    eps: float,
    weight_decay: float,
) -> tuple[np.ndarray, dict]:
    """torch.optim.AdamW: decay x by itself, x ← x − η λ x, then take the Adam step on g.

    The decay never enters m or v: it is decoupled from the gradient.
    """
    decayed = x - lr * weight_decay * x
    return adam_step(decayed, g, state, lr, beta1, beta2, eps)
