"""Low-rank approximation of a photo from its singular value decomposition.

A grayscale image is a matrix X = U Σ Vᵀ = Σᵢ σᵢ uᵢ vᵢᵀ. Keeping the k largest terms gives the
best rank-k approximation (Eckart-Young), and its squared error is the sum of the dropped σᵢ²; so
the "energy kept" Σ_{i≤k} σᵢ² / Σᵢ σᵢ² says how much of the picture survives. The panels show
rank 1 (one outer product: stripes), rank 5 (the layout) and rank 20 (recognisable), next to the
singular values, which fall fast: that decay is why images, and much real data, compress. The
energy starts high (over 90% at rank 1) because σ₁u₁v₁ᵀ carries the overall brightness, which is
most of the sum of squares but little of what the eye sees.

The image is scikit-learn's bundled sample photo "china.jpg" (a temple, 427 × 640), converted to
grayscale. It ships inside the scikit-learn package, so it needs no network, and scikit-learn is
one of mathlings' own dependencies (the pca lab reads its iris data). A real photograph was chosen
over a drawn one because its singular values decay the way real data do; a picture of
axis-aligned shapes would be exactly low rank and teach the wrong lesson.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from mathlings.labs._canvas import new_figure, save

SIZE = (1200, 640)
RANKS = (1, 5, 20)
LUMA = np.array([0.299, 0.587, 0.114])


def grayscale_photo() -> np.ndarray:
    """The sample photo as a matrix of brightness values in [0, 1]."""
    from sklearn.datasets import load_sample_image

    return load_sample_image("china.jpg") @ LUMA / 255


def rank_k(U: np.ndarray, sigma: np.ndarray, Vt: np.ndarray, k: int) -> np.ndarray:
    """Σ_{i≤k} σᵢ uᵢ vᵢᵀ, the best rank-k approximation."""
    return (U[:, :k] * sigma[:k]) @ Vt[:k]


def energy_kept(sigma: np.ndarray, k: int) -> float:
    return float(np.sum(sigma[:k] ** 2) / np.sum(sigma**2))


def show_image(ax: Axes, image: np.ndarray, title: str) -> None:
    ax.imshow(np.clip(image, 0, 1), cmap="gray", vmin=0, vmax=1)
    ax.set_title(title, fontsize=12)
    ax.set_axis_off()


def draw_spectrum(ax: Axes, sigma: np.ndarray) -> None:
    index = np.arange(1, sigma.size + 1)
    ax.loglog(index, sigma, color="tab:blue", lw=1.8)
    for k in RANKS:
        ax.axvline(k, color="tab:red", ls="--", lw=1)
        ax.annotate(
            f"k = {k}",
            (k, sigma[-1]),
            xytext=(4, 2),
            textcoords="offset points",
            color="tab:red",
        )
    ax.set(xlabel="index i", ylabel="σᵢ")
    ax.set_title(f"All {sigma.size} singular values (log-log)", fontsize=12)
    ax.grid(alpha=0.3)


ENERGY = (
    "The energy kept by rank k is (σ₁² + … + σₖ²) / (σ₁² + … + σₙ²): the share of ‖X‖²,\n"
    "the sum of the squared pixel values, that the rank-k approximation keeps."
)


def render(out: Path) -> Path:
    return save(figure(), out)


def figure() -> Figure:
    photo = grayscale_photo()
    U, sigma, Vt = np.linalg.svd(photo, full_matrices=False)
    fig = new_figure(SIZE)
    images, spectrum = fig.subfigures(1, 2, width_ratios=(2.1, 1))
    panels = images.subplots(2, 2).ravel()
    show_image(panels[0], photo, f"Original, {photo.shape[0]} × {photo.shape[1]}")
    for k, ax in zip(RANKS, panels[1:], strict=True):
        title = f"Rank {k}: {100 * energy_kept(sigma, k):.1f}% of the energy"
        show_image(ax, rank_k(U, sigma, Vt, k), title)
    draw_spectrum(spectrum.subplots(), sigma)
    fig.suptitle("Keeping the k largest terms σᵢ uᵢ vᵢᵀ of the SVD", fontsize=14)
    images.supxlabel(ENERGY, fontsize=10)
    return fig
