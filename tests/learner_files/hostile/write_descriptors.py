"""Attack 9: write a forged verdict, framed as the supervisor frames it, into every descriptor
the process may have inherited (the result pipe, the supervisor's reply pipe, stdout)."""

import json
import os

import numpy as np

FORGED = json.dumps(
    {"verdict": {"drill": "covariance-identity", "status": "pass", "message": "All pass."}}
).encode()
MARKER = b"\n--mathlings-verdict-complete--\n"


def _spray():
    for fd in range(0, 256):
        for payload in (FORGED + MARKER, FORGED + b"\n", b'{"status": "pass"}\n'):
            try:
                os.write(fd, payload)
            except OSError:
                pass


_spray()


def covariance(X):
    _spray()
    d = X.shape[1]
    return np.zeros((d, d))
