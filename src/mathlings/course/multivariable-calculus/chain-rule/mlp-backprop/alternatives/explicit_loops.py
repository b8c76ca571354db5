"""Every sum and product written as a loop over units i and inputs j; lists inside the dict."""

import math


def backprop(x, y, W1, b1, w2, b2):
    m, d = W1.shape
    z1 = [b1[i] + sum(W1[i, j] * x[j] for j in range(d)) for i in range(m)]
    h = [max(z, 0.0) for z in z1]
    z2 = b2 + sum(w2[i] * h[i] for i in range(m))
    p = 1 / (1 + math.exp(-z2))

    dz2 = p - y
    dz1 = [dz2 * w2[i] if z1[i] > 0 else 0.0 for i in range(m)]
    dW1 = [[dz1[i] * x[j] for j in range(d)] for i in range(m)]
    return {"W1": dW1, "b1": dz1, "w2": [dz2 * h[i] for i in range(m)], "b2": dz2}
