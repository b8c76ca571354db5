"""You scored the labels the wrong way round: p = sigmoid(z) is the probability of y = 1, so a
label 1 costs −log p and a label 0 costs −log(1 − p)."""


def bernoulli_nll(X, y, w, b):
    z = X @ w + b
    return float(np.sum(np.logaddexp(0.0, z) - (1 - y) * z))
