"""The figure every lab draws on: a fixed pixel size, rendered by Agg without pyplot."""

from __future__ import annotations

from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

DPI = 100


def new_figure(size: tuple[int, int]) -> Figure:
    """A figure exactly `size` = (width, height) pixels when saved by `save`."""
    width, height = size
    fig = Figure(figsize=(width / DPI, height / DPI), dpi=DPI, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def save(fig: Figure, out: Path) -> Path:
    out = Path(out)
    fig.savefig(out, dpi=DPI, format="png")
    return out
