"""Exact fractions where the numbers are rational; 70/99 stands in for 1/√2 ≈ 0.70707."""

from fractions import Fraction

MEAN = [Fraction(20, 5), Fraction(15, 5)]

COVARIANCE = [[Fraction(20, 5), Fraction(15, 5)], [Fraction(15, 5), Fraction(20, 5)]]

EIGENVALUES = [Fraction(7), Fraction(1)]

FIRST_COMPONENT = [Fraction(70, 99), Fraction(70, 99)]

PROJECTIONS = [Fraction(70, 99) * s for s in (-6, -1, -1, 4, 4)]
