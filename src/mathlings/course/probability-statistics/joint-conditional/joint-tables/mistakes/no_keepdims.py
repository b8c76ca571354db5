"""P / P.sum(axis=1) divides column j by the total of row j: the (m,) row totals broadcast along
the last axis. Keep the axis, P.sum(axis=1, keepdims=True) (shape (m, 1)), so that row i is divided
by its own total."""


def y_given_x(P):
    with np.errstate(invalid="ignore", divide="ignore"):
        return P / P.sum(axis=1)
