"""The 2 x 2 inverse from its formula in Python floats: det A = 0 divides by zero."""


def inverse(A):
    a, b, c, d = float(A[0, 0]), float(A[0, 1]), float(A[1, 0]), float(A[1, 1])
    det = a * d - b * c
    return [[d / det, -b / det], [-c / det, a / det]]
