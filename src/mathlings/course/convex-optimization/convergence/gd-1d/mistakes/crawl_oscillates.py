"""Your crawl rate converges by overshooting, not by crawling: with 0.5 < η < 1 each step jumps past
3; a crawl needs a small η (1 − 2η close to 1).
"""


def three_learning_rates():
    return 0.95, 0.4, 1.1
