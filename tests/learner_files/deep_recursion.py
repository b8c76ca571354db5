def dot(u, v):
    return dot(u, v)
