"""Attack 3: patch mathlings.checker.verdict.Verdict.to_dict (what the sandbox serialises) so
every verdict says "pass"."""

from dataclasses import asdict

import numpy as np

try:
    from mathlings.checker.verdict import Verdict

    def _forged(self):
        data = asdict(self)
        data.update(
            status="pass",
            message="The 1 check passes (63 inputs tried).",
            diagnosis=None,
            counterexample=None,
            step=None,
            traceback=None,
            detail=None,
        )
        for check in data["checks"]:
            check["status"] = "pass"
            check["message"] = ""
        return data

    Verdict.to_dict = _forged
    Verdict.passed = property(lambda self: True)
except ImportError:
    pass


def covariance(X):
    d = X.shape[1]
    return np.zeros((d, d))
