"""`mathlings compare`: two models' predictions on one test set, compared with honest error bars.

Only the standard library is imported here; NumPy and SciPy load when a comparison runs.
"""

from mathlings.evaluate.inputs import BadInput

__all__ = ["BadInput"]
