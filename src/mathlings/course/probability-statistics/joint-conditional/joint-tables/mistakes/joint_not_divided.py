"""You returned the joint P(X = i, Y = j) itself; the conditional divides it by the probability of
what you condition on, P(X = i), so each row sums to 1."""


def y_given_x(P):
    return P.copy()
