import numpy as np


def sgd_step(x: np.ndarray, g: np.ndarray, state: dict, lr: float) -> tuple[np.ndarray, dict]:
    return np.subtract(x, np.multiply(lr, g)), {}


def momentum_step(
    x: np.ndarray, g: np.ndarray, state: dict, lr: float, mu: float
) -> tuple[np.ndarray, dict]:
    buffer = np.add(np.multiply(mu, state["v"]), g)
    return x - lr * buffer, {"v": buffer}


def adam_step(
    x: np.ndarray, g: np.ndarray, state: dict, lr: float, beta1: float, beta2: float, eps: float
) -> tuple[np.ndarray, dict]:
    """The algebra torch.optim.Adam uses: step size η / (1 − β₁ᵗ), denominator
    √v / √(1 − β₂ᵗ) + ε."""
    step = state["t"] + 1
    exp_avg = state["m"] + (1 - beta1) * (g - state["m"])  # lerp, as torch writes it
    exp_avg_sq = beta2 * state["v"] + (1 - beta2) * g * g
    step_size = lr / (1 - beta1**step)
    denom = np.sqrt(exp_avg_sq) / np.sqrt(1 - beta2**step) + eps
    return x - step_size * exp_avg / denom, {"t": step, "m": exp_avg, "v": exp_avg_sq}


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
    shrunk = x * (1 - lr * weight_decay)
    return adam_step(shrunk, g, state, lr, beta1, beta2, eps)
