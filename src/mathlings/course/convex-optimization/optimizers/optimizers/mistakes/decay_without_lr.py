"""You shrank x by λ alone, x ← x − λx; torch.optim.AdamW scales the decay by the learning rate
too, x ← x − ηλx.
"""


def adamw_step(x, g, state, lr, beta1, beta2, eps, weight_decay):
    return adam_step(x - weight_decay * x, g, state, lr, beta1, beta2, eps)
