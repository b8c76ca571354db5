def dot(u, v)
    return 1
