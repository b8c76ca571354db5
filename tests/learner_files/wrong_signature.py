def dot(u):
    return 1.0
