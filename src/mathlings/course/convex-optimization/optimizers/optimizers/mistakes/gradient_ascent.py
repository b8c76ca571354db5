"""You added the gradient (x + η g): that climbs the loss; SGD steps against it, x − η g."""


def sgd_step(x, g, state, lr):
    return x + lr * g, state
