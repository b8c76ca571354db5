import numpy as np


def taylor1(f0, g, x0, x):
    d = (np.asarray(x) - np.asarray(x0)).reshape(-1, 1)
    return (f0 + np.asarray(g).reshape(1, -1) @ d).item()


def taylor2(f0, g, H, x0, x):
    d = np.asarray(x) - np.asarray(x0)
    linear = np.dot(g, d)
    quadratic = np.einsum("i,ij,j->", d, H, d)
    return np.float64(f0 + linear + quadratic / 2)
