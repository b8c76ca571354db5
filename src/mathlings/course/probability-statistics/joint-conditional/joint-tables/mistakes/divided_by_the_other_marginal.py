"""You divided by P(Y = j), the column totals; P(Y = j | X = i) conditions on X, so divide each
row by its own total P(X = i)."""


def y_given_x(P):
    with np.errstate(invalid="ignore", divide="ignore"):
        return P / P.sum(axis=0)
