def dot(u, v):
    return u[0] * v[0] + u[1] * v[1]
