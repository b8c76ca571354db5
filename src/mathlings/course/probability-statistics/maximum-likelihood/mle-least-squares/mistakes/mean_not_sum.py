"""You averaged over the samples; the negative log-likelihood of the data set is the sum of the
samples' terms (the mean cross-entropy is that divided by n)."""


def bernoulli_nll(X, y, w, b):
    z = X @ w + b
    return float(np.mean(np.logaddexp(0.0, z) - y * z))
