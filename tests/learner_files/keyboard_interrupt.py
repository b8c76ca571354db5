def dot(u, v):
    raise KeyboardInterrupt
