"""You kept only the inner derivatives: the outer log contributes the factor 1/(1 + cos(x)²),
since d/du log(u) = 1/u.
"""

d_three_deep = "-2*cos(x)*sin(x)"
