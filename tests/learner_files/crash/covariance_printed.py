"""covariance-identity, with the answer printed instead of returned."""


def covariance(X):
    n = X.shape[0]
    Xc = X - X.mean(axis=0)
    print(Xc.T @ Xc / n)
