import os


def dot(u, v):
    with open(os.environ.get("MATHLINGS_TEST_PIDFILE", "/tmp/mathlings-loop.pid"), "w") as f:
        f.write(str(os.getpid()))
    while True:
        pass
