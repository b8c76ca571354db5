def gradient_descent(grad, x0, lr, steps):
    """[x_0, x_1, ..., x_steps] with x_{t+1} = x_t − lr · grad(x_t)."""
    raise NotImplementedError("write gradient_descent(grad, x0, lr, steps)")


def three_learning_rates():
    """(crawl, good, diverge) for f(x) = (x − 3)² from x_0 = 0, 30 steps."""
    raise NotImplementedError("write three_learning_rates()")
