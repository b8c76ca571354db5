def dot(u, v):
    return float(sum(u[i] * v[i] for i in range(len(u))))


def transpose(A):
    return getattr(A, "T" * 1)
