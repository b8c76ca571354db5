"""You decayed the parameters after the Adam step, from the new x; torch.optim.AdamW shrinks the
old ones, x ← x − ηλx, and then takes the Adam step.
"""


def adamw_step(x, g, state, lr, beta1, beta2, eps, weight_decay):
    x_new, state_new = adam_step(x, g, state, lr, beta1, beta2, eps)
    return x_new - lr * weight_decay * x_new, state_new
