"""You dropped the minus sign: the inner function is −(a·x + b)², whose derivative is
−2a(a·x + b), and the whole derivative carries that minus.
"""

d_gaussian_bump = "2*a*(a*x + b)*exp(-(a*x + b)**2)"
