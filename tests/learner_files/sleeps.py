import time


def dot(u, v):
    time.sleep(1000)  # waits without using CPU: only the wall-clock backstop stops it
