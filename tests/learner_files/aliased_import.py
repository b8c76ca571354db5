import numpy as np
from numpy import dot as d


def dot(u, v):
    return u @ v
