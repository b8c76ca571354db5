import math

import numpy as np


def mcnemar_p_value(y_true, pred_a, pred_b):
    """Exact McNemar: the two-sided binomial test of b out of b + c discordant pairs, p = 1/2."""
    raise NotImplementedError("write mcnemar_p_value(y_true, pred_a, pred_b)")


def paired_bootstrap_ci(y_true, pred_a, pred_b, n_resamples, confidence, seed):
    """Percentile bootstrap interval of acc_A − acc_B, resampling examples for both models."""
    raise NotImplementedError("write paired_bootstrap_ci(...)")
