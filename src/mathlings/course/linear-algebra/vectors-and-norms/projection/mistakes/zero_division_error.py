"""For a zero b a ZeroDivisionError escapes; test b·b == 0 before dividing and raise
ValueError with a message that says what is wrong.
"""

import numpy as np


def project(a, b):
    coefficient = float(a @ b) / float(b @ b)
    return coefficient * b
