"""Geometry of the dashboard's server-drawn charts on plain values: linear scales, the points
of SVG polylines, month ticks and percentage ticks. Rates are shares from 0 to 1; the SVG's y
axis grows downwards, so a higher rate has a smaller y."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

DatedValue = tuple[date, float]


@dataclass(frozen=True, slots=True)
class Tick:
    """A labelled position along an axis, in SVG units."""

    position: float
    label: str


@dataclass(frozen=True, slots=True)
class LineChart:
    """Everything an SVG template needs to draw rates over time: the plot box, the polylines'
    `points` attributes (empty when there is nothing to draw) and the axis ticks."""

    width: int
    height: int
    left: float
    top: float
    right: float
    bottom: float
    actual: str
    target: str
    projection: str
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    last_x: float | None
    last_y: float | None


def linear_scale(
    value: float, *, domain: tuple[float, float], output: tuple[float, float]
) -> float:
    """Map value from domain onto output linearly (a one-point domain maps to output's start)."""
    low, high = domain
    if high == low:
        return output[0]
    return output[0] + (value - low) * (output[1] - output[0]) / (high - low)


def month_end(day: date) -> date:
    """The last day of day's month."""
    first_of_next = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return first_of_next - timedelta(days=1)


def month_ends(start: date, end: date) -> list[date]:
    """Every month's last day from start's month up to end, then end itself if it is not one
    (the figure "as of" the chosen day closes the series)."""
    days: list[date] = []
    current = month_end(start)
    while current < end:
        days.append(current)
        current = month_end(current + timedelta(days=1))
    if end >= start:
        days.append(end)
    return days


def month_ticks(start: date, end: date, *, most: int = 7) -> list[date]:
    """First days of months between start and end, evenly thinned to at most `most` ticks."""
    months: list[date] = []
    current = date(start.year, start.month, 1)
    if current < start:
        current = month_end(current) + timedelta(days=1)
    while current <= end:
        months.append(current)
        current = month_end(current) + timedelta(days=1)
    if len(months) <= most:
        return months
    step = -(-(len(months) - 1) // max(most - 1, 1))  # ceiling: never more than `most` ticks
    return months[::step]


def percent_ticks(step: int = 20) -> list[float]:
    """Shares from 0 to 1 every `step` percentage points."""
    return [percent / 100 for percent in range(0, 101, step)]


def clip_segment(start: DatedValue, end: DatedValue, *, until: date) -> list[DatedValue]:
    """The straight segment from start to end, cut at the day `until` (interpolated there);
    empty when it begins after `until`."""
    if start[0] > until:
        return []
    if end[0] <= until or end[0] == start[0]:
        return [start, end]
    share = (until - start[0]).days / (end[0] - start[0]).days
    return [start, (until, start[1] + (end[1] - start[1]) * share)]


def line_chart(
    *,
    actual: Sequence[DatedValue],
    target: Sequence[DatedValue] = (),
    projection: Sequence[DatedValue] = (),
    start: date,
    end: date,
    width: int = 480,
    height: int = 260,
    margin: tuple[float, float, float, float] = (14.0, 28.0, 42.0, 64.0),
) -> LineChart:
    """Lay out rates (0..1) over days from start to end in a box of width by height; margin is
    (top, right, bottom, left) for the axis labels. Values above 1 are drawn at 1.

    The box is small so that its labels stay readable when a phone scales it to 300 pixels;
    four month labels fit below it."""
    top, right_margin, bottom_margin, left = margin
    right, bottom = width - right_margin, height - bottom_margin
    days = (float(start.toordinal()), float(max(end, start).toordinal()))

    def x_of(day: date) -> float:
        return linear_scale(float(day.toordinal()), domain=days, output=(left, right))

    def y_of(rate: float) -> float:
        return linear_scale(min(max(rate, 0.0), 1.0), domain=(0.0, 1.0), output=(bottom, top))

    def points(values: Sequence[DatedValue]) -> str:
        return " ".join(f"{x_of(day):.1f},{y_of(rate):.1f}" for day, rate in values)

    shown = [(day, rate) for day, rate in actual if start <= day <= end]
    return LineChart(
        width=width,
        height=height,
        left=left,
        top=top,
        right=right,
        bottom=bottom,
        actual=points(shown),
        target=points([(day, rate) for day, rate in target if start <= day <= end]),
        projection=points([(day, rate) for day, rate in projection if start <= day <= end]),
        x_ticks=tuple(
            Tick(round(x_of(day), 1), f"{day.month:02d}/{day.year}")
            for day in month_ticks(start, end, most=4)
        ),
        y_ticks=tuple(
            Tick(round(y_of(share), 1), f"{round(share * 100)}%") for share in percent_ticks()
        ),
        last_x=round(x_of(shown[-1][0]), 1) if shown else None,
        last_y=round(y_of(shown[-1][1]), 1) if shown else None,
    )
