"""You took the derivative of cos(x) as sin(x); it is −sin(x), so the derivative of
log(1 + cos(x)²) is negative where cos(x) and sin(x) have the same sign.
"""

d_three_deep = "2*cos(x)*sin(x)/(1 + cos(x)**2)"
