"""You stopped one layer short: the derivative of (a·x + b)² is 2(a·x + b) times the derivative
of a·x + b, which is a; your formula lacks that factor a.
"""

d_gaussian_bump = "-2*(a*x + b)*exp(-(a*x + b)**2)"
