"""You clipped p to [ε, 1 − ε] to dodge log 0; that caps each sample's loss at −log ε (16 for
ε = 1e-7), so a label wrong by a margin of 800 costs 16 instead of 800. log(1 + eᶻ) − y z needs
no clipping."""


def bernoulli_nll(X, y, w, b):
    p = np.clip(1 / (1 + np.exp(-(X @ w + b))), 1e-7, 1 - 1e-7)
    return float(-np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))
