import numpy as np


def complete(R, mask, k):
    """R with its missing ratings (mask False, NaN in R) filled in by a rank-k model"""
    raise NotImplementedError("write complete(R, mask, k)")
