import ctypes


def dot(u, v):
    return ctypes.string_at(0)
