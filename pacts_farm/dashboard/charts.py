"""Small inline SVG charts: a sparkline of rates and a strip of verdicts. Numbers in, markup out."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

VERDICT_COLOURS = {
    "passed": "#1a7f37",
    "healed": "#0a7ea4",
    "flaky": "#b35900",
    "failed": "#cf222e",
    "error": "#8250df",
    "cancelled": "#8c959f",
}


def sparkline(
    values: Sequence[float | None], *, width: int = 160, height: int = 32, label: str, colour: str = "#0969da"
) -> str:
    """Rates in [0, 1], oldest first; gaps where a value is None; the last point marked."""
    points = [(i, v) for i, v in enumerate(values) if v is not None]
    title = f"<title>{escape(label)}</title>"
    frame = (
        f'<svg class="spark" role="img" aria-label="{escape(label, quote=True)}" width="{width}" height="{height}"'
        f' viewBox="0 0 {width} {height}">{title}'
        f'<line x1="0" y1="{height - 1}" x2="{width}" y2="{height - 1}" stroke="#d0d7de"/>'
    )
    if not points:
        return frame + "</svg>"
    step = (width - 6) / max(len(values) - 1, 1)

    def xy(i: int, v: float) -> tuple[float, float]:
        return 3 + i * step, 3 + (1 - max(0.0, min(1.0, v))) * (height - 6)

    coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in (xy(i, v) for i, v in points))
    last_x, last_y = xy(*points[-1])
    return (
        frame
        + f'<polyline fill="none" stroke="{colour}" stroke-width="1.6" points="{coords}"/>'
        + f'<circle cx="{last_x:.1f}" cy="{last_y:.1f}" r="2.6" fill="{colour}"/></svg>'
    )


def verdict_strip(
    verdicts: Sequence[str], *, heals: Sequence[int] = (), labels: Sequence[str] = (), label: str
) -> str:
    """One bar per run, oldest first, coloured by verdict; a dot above the bars of runs that healed."""
    bar, gap, height = 14, 3, 44
    width = max(len(verdicts) * (bar + gap), bar)
    parts = [
        f'<svg class="strip" role="img" aria-label="{escape(label, quote=True)}" width="{width}" height="{height}"'
        f' viewBox="0 0 {width} {height}"><title>{escape(label)}</title>'
    ]
    for n, verdict in enumerate(verdicts):
        x = n * (bar + gap)
        tip = labels[n] if n < len(labels) else verdict
        colour = VERDICT_COLOURS.get(verdict, "#8c959f")
        short = verdict in ("failed", "error")
        y = 10 if not short else 22
        parts.append(
            f'<rect x="{x}" y="{y}" width="{bar}" height="{height - y}" rx="2" fill="{colour}"'
            f' data-verdict="{escape(verdict, quote=True)}"><title>{escape(tip)}</title></rect>'
        )
        if n < len(heals) and heals[n]:
            parts.append(f'<circle cx="{x + bar / 2}" cy="4" r="3" fill="#0a7ea4"><title>{heals[n]} heals</title></circle>')
    parts.append("</svg>")
    return "".join(parts)


def bars(values: Sequence[int], *, width: int = 160, height: int = 32, label: str, colour: str = "#0a7ea4") -> str:
    """Counts per run (heals), oldest first."""
    top = max(values, default=0) or 1
    step = width / max(len(values), 1)
    rects = "".join(
        f'<rect x="{n * step:.1f}" y="{height - 1 - (height - 2) * v / top:.1f}" width="{max(step - 2, 1):.1f}"'
        f' height="{(height - 2) * v / top + 1:.1f}" fill="{colour}"><title>{v}</title></rect>'
        for n, v in enumerate(values)
    )
    return (
        f'<svg class="bars" role="img" aria-label="{escape(label, quote=True)}" width="{width}" height="{height}"'
        f' viewBox="0 0 {width} {height}"><title>{escape(label)}</title>{rects}</svg>'
    )
