def dot(u, v):
    print("x" * 100_000)
    return 0.0
