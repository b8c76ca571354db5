"""covariance-identity, with the answer computed and never returned."""


def covariance(X):
    n = X.shape[0]
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / n  # noqa: F841
