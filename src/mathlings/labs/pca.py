"""The iris flowers on their first two principal components, computed by hand.

Centre the data, Xc = X - mean, form the covariance C = (1/n) XcᵀXc, and take its eigenvectors
w₁, w₂, ... in order of decreasing eigenvalue λ₁ ≥ λ₂ ≥ ...: the directions of most variance.
Projecting onto the first two, Z = Xc [w₁ w₂], flattens the 4 measurements to a plane while
keeping as much spread as any plane can; λⱼ / Σλ is the share of variance along wⱼ. The left panel
shows the three species already separated along PC1; the right shows how few components it takes.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.axes import Axes

from mathlings.labs._canvas import new_figure, save

SIZE = (1200, 520)
SPECIES_COLORS = ("tab:blue", "tab:orange", "tab:green")
SPECIES_MARKERS = ("o", "s", "^")


def principal_components(X: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The centred data, the eigenvalues of C = (1/n) XcᵀXc (largest first) and its eigenvectors.

    Each eigenvector's sign is fixed so its largest entry is positive, so the picture never flips.
    """
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / len(Xc)
    eigenvalues, W = np.linalg.eigh(C)
    order = np.argsort(eigenvalues)[::-1]
    eigenvalues, W = eigenvalues[order], W[:, order]
    W *= np.sign(W[np.abs(W).argmax(axis=0), np.arange(W.shape[1])])
    return Xc, eigenvalues, W


def draw_projection(ax: Axes, Z: np.ndarray, species: np.ndarray, names: list[str]) -> None:
    for label, name in enumerate(names):
        points = Z[species == label]
        ax.scatter(
            points[:, 0],
            points[:, 1],
            s=40,
            alpha=0.8,
            color=SPECIES_COLORS[label],
            marker=SPECIES_MARKERS[label],
            edgecolor="white",
            linewidth=0.5,
            label=name,
        )
    ax.legend(title="species", fontsize=10)
    ax.grid(alpha=0.3)
    ax.set_title("Iris projected onto Xc [w₁ w₂]", fontsize=12)


def draw_explained(ax: Axes, ratio: np.ndarray) -> None:
    components = np.arange(1, ratio.size + 1)
    ax.bar(components, 100 * ratio, color="tab:blue", alpha=0.8, label="λⱼ / Σλ")
    ax.plot(components, 100 * np.cumsum(ratio), "o-", color="tab:red", label="cumulative")
    ax.set(
        xticks=components,
        xticklabels=[f"PC{j}\n{100 * r:.1f}%" for j, r in zip(components, ratio, strict=True)],
        ylim=(0, 108),
        ylabel="% of variance",
    )
    ax.legend(loc="center right", fontsize=10)
    ax.grid(alpha=0.3, axis="y")
    ax.set_title("Variance explained per component", fontsize=12)


def render(out: Path) -> Path:
    from sklearn.datasets import load_iris

    iris = load_iris()
    Xc, eigenvalues, W = principal_components(iris.data)
    ratio = eigenvalues / eigenvalues.sum()
    fig = new_figure(SIZE)
    projection, explained = fig.subplots(1, 2, width_ratios=(1.6, 1))
    draw_projection(projection, Xc @ W[:, :2], iris.target, list(iris.target_names))
    projection.set(
        xlabel=f"PC1 ({100 * ratio[0]:.1f}% of variance)",
        ylabel=f"PC2 ({100 * ratio[1]:.1f}% of variance)",
    )
    draw_explained(explained, ratio)
    fig.suptitle(
        f"PCA by hand: eigenvectors of the covariance of {len(Xc)} flowers × 4 measurements (cm)",
        fontsize=14,
    )
    return save(fig, out)
