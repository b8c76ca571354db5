import torch


def covariance(X):
    t = torch.as_tensor(X)
    centred = t - t.mean(dim=0)
    return centred.T @ centred / t.shape[0]  # a tensor: it crosses as plain data too
