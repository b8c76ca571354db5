"""You wrote d log(u) = 1/u but left out u′: with u = 1 + eˣ the derivative is u′/u, and
u′ = eˣ.
"""

d_softplus = "1/(1 + exp(x))"
