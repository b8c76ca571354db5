"""The losses written in torch (float64) and differentiated by autograd; the hinge's
subgradient at the kink is torch's (relu′(0) = 0). Returns tensors."""

import numpy as np
import torch


def _leaf(w):
    return torch.tensor(np.asarray(w, dtype=float), requires_grad=True)


def squared_error(X, y, w):
    w_t = _leaf(w)
    loss = ((torch.from_numpy(X) @ w_t - torch.from_numpy(y)) ** 2).mean()
    loss.backward()
    return loss.detach(), w_t.grad


def logistic(X, y, w):
    w_t = _leaf(w)
    m = torch.from_numpy(y) * (torch.from_numpy(X) @ w_t)
    loss = torch.nn.functional.softplus(-m, beta=1.0, threshold=50.0).mean()
    loss.backward()
    return loss.detach(), w_t.grad


def hinge(X, y, w):
    w_t = _leaf(w)
    m = torch.from_numpy(y) * (torch.from_numpy(X) @ w_t)
    loss = torch.clamp(1 - m, min=0).mean()
    loss.backward()
    return loss.item(), w_t.grad.numpy()


def cross_entropy(X, y, W):
    W_t = _leaf(W)
    log_p = torch.log_softmax(torch.from_numpy(X) @ W_t, dim=1)
    loss = -log_p[torch.arange(len(y)), torch.from_numpy(np.asarray(y))].mean()
    loss.backward()
    return loss.item(), W_t.grad.numpy()
