"""Bar charts of statements per month, drawn on the server as SVG with axes and labels."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from markupsafe import Markup, escape

WIDTH, HEIGHT = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 12, 48
MAX_MONTHS = 240  # twenty years of months; a longer span is drawn by year


@dataclass(frozen=True)
class Period:
    label: str  # YYYY-MM, or YYYY when the span is too long for months
    count: int


def month_periods(counts: dict[str, int]) -> list[Period]:
    """Every month from the first to the last with data, empty months as 0."""
    if not counts:
        return []
    first, last = min(counts), max(counts)
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    if (end[0] - year) * 12 + end[1] - month >= MAX_MONTHS:
        by_year: dict[str, int] = {}
        for label, count in counts.items():
            by_year[label[:4]] = by_year.get(label[:4], 0) + count
        return [Period(label, by_year[label]) for label in sorted(by_year)]
    periods = []
    while (year, month) <= end:
        label = f"{year:04d}-{month:02d}"
        periods.append(Period(label, counts.get(label, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return periods


def _ticks(top: int) -> list[int]:
    """Ticks from 0 to at least ``top`` in a round step (1, 2, 5, 10, 20, 50, ...), at most 5."""
    step, factors = 1, (2, 2.5, 2)
    index = 0
    while -(-top // step) > 4:
        step = int(step * factors[index % 3])
        index += 1
    return list(range(0, -(-top // step) * step + 1, step))


def bar_chart(periods: list[Period], title: str) -> Markup:
    """An accessible SVG: a title, a y axis of counts, one labelled bar per period with data."""
    if not periods:
        return Markup('<p class="empty">No statements to chart.</p>')
    ticks = _ticks(max(period.count for period in periods) or 1)
    ceiling = ticks[-1]
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / len(periods)
    every = max(1, round(len(periods) / 12))  # at most about 12 x labels
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="chart-title">{escape(title)}</title>',
    ]
    for tick in ticks:
        y = TOP + plot_h - plot_h * tick / ceiling
        parts.append(
            f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>'
            f'<text class="y-label" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>'
        )
    parts.append(
        f'<line class="axis" x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{TOP + plot_h}"/>'
        f'<line class="axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" '
        f'y1="{TOP + plot_h}" y2="{TOP + plot_h}"/>'
    )
    for index, period in enumerate(periods):
        x = LEFT + index * slot
        if period.count:
            height = plot_h * period.count / ceiling
            bar = min(slot * 0.7, 36.0)
            parts.append(
                f'<rect class="bar" data-period="{period.label}" data-count="{period.count}" '
                f'x="{x + (slot - bar) / 2:.1f}" y="{TOP + plot_h - height:.1f}" '
                f'width="{max(bar, 1):.1f}" height="{height:.1f}">'
                f"<title>{period.label}: {period.count}</title></rect>"
            )
        if index % every == 0:
            parts.append(
                f'<text class="x-label" x="{x + slot / 2:.1f}" y="{TOP + plot_h + 16}" '
                f'text-anchor="middle">{_short(period.label)}</text>'
            )
    parts.append(
        f'<text class="axis-title" x="{LEFT + plot_w / 2:.1f}" y="{HEIGHT - 6}" '
        f'text-anchor="middle">{"Year" if len(periods[0].label) == 4 else "Month"}</text>'
        "</svg>"
    )
    return Markup("".join(parts))


def _short(label: str) -> str:
    if len(label) == 4:
        return label
    return dt.date(int(label[:4]), int(label[5:7]), 1).strftime("%b %Y")
