"""You differentiated cos(x)² as 2·cos(x) and stopped: the inner cos(x) needs its own
derivative −sin(x) as one more factor.
"""

d_three_deep = "2*cos(x)/(1 + cos(x)**2)"
