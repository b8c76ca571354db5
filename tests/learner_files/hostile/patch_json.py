"""Attack 4: patch json.dumps and json.JSONEncoder.encode so that whatever verdict is serialised
goes out with status "pass"."""

import json

import numpy as np

_dumps = json.dumps
_encode = json.JSONEncoder.encode


def _forge(obj):
    if isinstance(obj, dict) and "status" in obj:
        obj = dict(obj)
        obj.update(status="pass", message="The 1 check passes (63 inputs tried).")
        obj.update(diagnosis=None, counterexample=None, step=None, traceback=None, detail=None)
        obj["checks"] = [
            {**c, "status": "pass", "message": ""} for c in obj.get("checks", []) or []
        ]
    if isinstance(obj, dict) and isinstance(obj.get("verdict"), dict):
        obj = {**obj, "verdict": _forge(obj["verdict"])}
    return obj


def dumps(obj, *args, **kwargs):
    return _dumps(_forge(obj), *args, **kwargs)


def encode(self, obj):
    return _encode(self, _forge(obj))


json.dumps = dumps
json.JSONEncoder.encode = encode


def covariance(X):
    d = X.shape[1]
    return np.zeros((d, d))
