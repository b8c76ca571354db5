import torch


def taylor1(f0, g, x0, x):
    d = torch.as_tensor(x) - torch.as_tensor(x0)
    return f0 + torch.dot(torch.as_tensor(g), d)


def taylor2(f0, g, H, x0, x):
    d = torch.as_tensor(x) - torch.as_tensor(x0)
    Hd = torch.as_tensor(H) @ d
    return f0 + torch.dot(torch.as_tensor(g), d) + 0.5 * torch.dot(Hd, d)
