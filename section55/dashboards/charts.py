"""Horizontal bar charts as data for an SVG template: pure Python, no Django.

A chart is drawn on the server (``templates/dashboards/_bar_chart.html``), so it needs no
JavaScript. It is an image with a title and a description for screen readers, and every page
follows it with the same numbers as a table: the chart is for looking, the table for reading.
Colours are set with SVG attributes, not style attributes, which the content security policy
refuses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

BLUE, RED, GREEN, GREY, PURPLE = "#1d70b8", "#d4351c", "#00703c", "#505a5f", "#4c2c92"

WIDTH = 640
LABEL_WIDTH = 210
BAR_AREA = 360
ROW = 34
BAR = 22
LEGEND = 30
MAX_LABEL = 32


@dataclass(frozen=True)
class Series:
    name: str
    colour: str


@dataclass(frozen=True)
class Row:
    label: str
    values: tuple[int, ...]


@dataclass(frozen=True)
class Segment:
    x: float
    width: float
    colour: str


@dataclass(frozen=True)
class Bar:
    label: str
    total: int
    y: float
    segments: list[Segment]

    @property
    def text_y(self) -> float:
        return self.y + BAR / 2 + 5

    @property
    def total_x(self) -> float:
        end = self.segments[-1].x + self.segments[-1].width if self.segments else LABEL_WIDTH
        return end + 6


@dataclass(frozen=True)
class BarChart:
    id: str
    title: str
    series: list[Series]
    rows: list[Row]
    bars: list[Bar] = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "bars", self._bars())

    @property
    def has_legend(self) -> bool:
        return len(self.series) > 1

    @property
    def top(self) -> int:
        return LEGEND if self.has_legend else 6

    @property
    def width(self) -> int:
        return WIDTH

    @property
    def height(self) -> int:
        return self.top + ROW * max(len(self.rows), 1) + 4

    @property
    def label_x(self) -> int:
        return LABEL_WIDTH - 8

    @property
    def legend(self) -> list[tuple[Series, int]]:
        """Each series with the x position of its key."""
        return [(s, LABEL_WIDTH + n * 130) for n, s in enumerate(self.series)]

    @property
    def description(self) -> str:
        if not self.rows:
            return "No data."
        return "; ".join(f"{row.label}: {self._words(row)}" for row in self.rows) + "."

    def _words(self, row: Row) -> str:
        if not self.has_legend:
            return str(row.values[0])
        pairs = zip(self.series, row.values, strict=True)
        parts = ", ".join(f"{series.name.lower()} {value}" for series, value in pairs)
        return f"{sum(row.values)} ({parts})"

    def _bars(self) -> list[Bar]:
        largest = max((sum(row.values) for row in self.rows), default=0) or 1
        scale = BAR_AREA / largest
        return [self._bar(row, self.top + n * ROW, scale) for n, row in enumerate(self.rows)]

    def _bar(self, row: Row, y: float, scale: float) -> Bar:
        x, segments = float(LABEL_WIDTH), []
        for series, value in zip(self.series, row.values, strict=True):
            if value:
                segments.append(Segment(x, value * scale, series.colour))
                x += value * scale
        return Bar(_short(row.label), sum(row.values), y, segments)


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1].rstrip() + "…"
