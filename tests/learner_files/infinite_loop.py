import numpy as np


def dot(u, v):
    total = 0.0
    while True:
        total += 1.0
