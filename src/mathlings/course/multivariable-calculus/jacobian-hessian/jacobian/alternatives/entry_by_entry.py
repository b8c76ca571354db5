"""Every Jacobian filled in entry by entry from its partial derivative ∂fᵢ/∂xⱼ; lists of lists."""

import math


def affine_jacobian(W, b, x):
    m, n = len(W), len(W[0])
    return [[float(W[i][j]) for j in range(n)] for i in range(m)]


def tanh_jacobian(x):
    n = len(x)
    return [[1 - math.tanh(x[i]) ** 2 if i == j else 0.0 for j in range(n)] for i in range(n)]


def softmax_jacobian(z):
    top = max(z)
    exps = [math.exp(v - top) for v in z]
    total = sum(exps)
    s = [e / total for e in exps]
    n = len(z)
    return [[s[i] * ((1.0 if i == j else 0.0) - s[j]) for j in range(n)] for i in range(n)]


def layer_jacobian(W, b, x):
    m, n = len(W), len(W[0])
    J = []
    for i in range(m):
        a_i = sum(W[i][k] * x[k] for k in range(n)) + b[i]
        slope = 1 - math.tanh(a_i) ** 2
        J.append([slope * W[i][j] for j in range(n)])
    return J
