def dot(u, v):
    return sum([0.0] * 10**12)  # 8 TB at once: refused by the address-space limit at once
