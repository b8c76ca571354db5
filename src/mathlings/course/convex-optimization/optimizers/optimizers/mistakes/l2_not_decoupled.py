"""You added the decay to the gradient, g + λx (L2 regularisation, torch.optim.Adam's
weight_decay): then Adam rescales it with m and v; AdamW decouples it, x ← x − ηλx, and feeds
Adam the plain g.
"""


def adamw_step(x, g, state, lr, beta1, beta2, eps, weight_decay):
    return adam_step(x, g + weight_decay * x, state, lr, beta1, beta2, eps)
