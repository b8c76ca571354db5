import numpy as np


def sgd_step(x, g, state, lr):
    """x ← x − η g; returns (x_new, state) with state = {}."""
    raise NotImplementedError("write sgd_step(x, g, state, lr)")


def momentum_step(x, g, state, lr, mu):
    """v ← μ v + g, x ← x − η v; returns (x_new, {"v": v})."""
    raise NotImplementedError("write momentum_step(x, g, state, lr, mu)")


def adam_step(x, g, state, lr, beta1, beta2, eps):
    """One Adam step with bias correction; returns (x_new, {"m": m, "v": v, "t": t})."""
    raise NotImplementedError("write adam_step(x, g, state, lr, beta1, beta2, eps)")


def adamw_step(x, g, state, lr, beta1, beta2, eps, weight_decay):
    """One AdamW step (decoupled weight decay); returns (x_new, {"m": m, "v": v, "t": t})."""
    raise NotImplementedError("write adamw_step(x, g, state, lr, beta1, beta2, eps, weight_decay)")
