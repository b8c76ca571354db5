"""Your chord_gap has the wrong sign: it is the chord minus the loss,
t·L(w₁) + (1 − t)·L(w₂) − L(t w₁ + (1 − t) w₂), which is ≥ 0 for a convex L.
"""


def chord_gap(loss, w1, w2, t):
    return float(loss(t * w1 + (1 - t) * w2) - (t * loss(w1) + (1 - t) * loss(w2)))
