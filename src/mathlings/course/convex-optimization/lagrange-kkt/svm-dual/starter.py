import numpy as np
from scipy.optimize import minimize


def svm_dual(X, y):
    """(w, b, support): maximize Σαᵢ − ½ΣΣ αᵢαⱼyᵢyⱼxᵢᵀxⱼ s.t. α ≥ 0, Σαᵢyᵢ = 0; w = Σαᵢyᵢxᵢ."""
    raise NotImplementedError("write svm_dual(X, y)")
