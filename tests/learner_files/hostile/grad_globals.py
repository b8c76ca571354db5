"""Attack 12: look through the `grad` callable the check hands over (its __globals__, closure,
defaults, module) for the check module or an oracle, and use what is found to pick the rates."""

import sys


def _reachable(fn):
    seen = []
    for value in (getattr(fn, "__globals__", {}) or {}).values():
        seen.append(value)
    for cell in getattr(fn, "__closure__", None) or ():
        try:
            seen.append(cell.cell_contents)
        except ValueError:
            pass
    seen.append(sys.modules.get(getattr(fn, "__module__", "") or ""))
    return seen


FOUND = []


def gradient_descent(grad, x0, lr, steps):
    FOUND.extend(_reachable(grad))
    trajectory = [x0]
    for _ in range(steps):  # a wrong update: + instead of −
        trajectory.append(trajectory[-1] + lr * grad(trajectory[-1]))
    for thing in FOUND:
        for name in ("closed_form", "descend"):
            oracle = getattr(thing, name, None) or (
                thing.get(name) if isinstance(thing, dict) else None
            )
            if callable(oracle):
                return list(oracle(grad, x0, lr, steps))
    return trajectory


def three_learning_rates():
    return 0.5, 0.5, 0.5
