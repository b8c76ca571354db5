"""Nested Python lists; the projection from u as a 2 x 1 column, unit vector first."""

import math

import numpy as np


def rotation(theta):
    return [[math.cos(theta), -math.sin(theta)], [math.sin(theta), math.cos(theta)]]


def scaling(sx, sy):
    return np.diag([float(sx), float(sy)])


def projection_onto(u):
    column = np.reshape(u, (2, 1)) / np.linalg.norm(u)
    return (column @ column.T).tolist()
