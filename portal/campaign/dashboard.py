"""What the progress dashboard shows for a unit on a day: a card per indicator (rate, target, gap
in people, status, the way there over time and when the target would be reached at the current
pace) and the units below it, lagging ones first.

Reads only, from progress() and the monthly series; a bounded number of queries whatever the
number of units below (no query per unit or per month).
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.contrib.auth.models import AnonymousUser
from django.utils.formats import get_format, number_format
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.accounts import permissions
from portal.accounts.models import User
from portal.campaign import progress as progress_module
from portal.campaign import selectors
from portal.campaign.domain import charts
from portal.campaign.domain import indicators as rules
from portal.campaign.domain import targets as target_rules
from portal.campaign.domain.indicators import BY_CODE, INDICATORS
from portal.campaign.models import AdministrativeUnit
from portal.campaign.services import series as series_service
from portal.campaign.services import targets as targets_service
from portal.campaign.views_targets import INDICATOR_LABELS

# The day the two-level local government began: districts gone, communes merged (2025 reform).
REFORM_DAY = date(2025, 7, 1)
INDICATOR_CODES = tuple(indicator.code for indicator in INDICATORS)
# With "confirmed results only", adults count by their confirmed indicator.
CONFIRMED_INDICATOR = {"adults": "adults_confirmed"}
STATUS_LABELS: dict[str, Promise] = {
    "reached": gettext_lazy("Target reached"),
    "on_track": gettext_lazy("On track"),
    "at_risk": gettext_lazy("At risk of falling behind"),
    "behind": gettext_lazy("Behind schedule"),
}
# Lagging first: behind, at risk, on track, reached, then units without a rate.
STATUS_ORDER = {"behind": 0, "at_risk": 1, "on_track": 2, "reached": 3}
NO_STATUS = 4


def people_text(value: int | None) -> str:
    """People as the interface writes them (1.234 in Vietnamese); a dash when unknown."""
    return "–" if value is None else number_format(value, force_grouping=True)


def percent_text(rate: float | None) -> str:
    """A share as a percentage with one decimal (62,4% in Vietnamese); a dash when unknown.

    Written directly rather than by number_format (a province's page has thousands of them):
    a share needs no thousands separator, only the language's decimal separator."""
    if rate is None:
        return "–"
    return f"{rate * 100:.1f}".replace(".", str(get_format("DECIMAL_SEPARATOR"))) + "%"


def month_text(day: date) -> str:
    """The month of a day as MM/YYYY."""
    return f"{day.month:02d}/{day.year}"


@dataclass(frozen=True, slots=True)
class Figures:
    """One indicator's figures for one unit on a day."""

    indicator: str
    denominator: int | None
    attained: int | None
    rate: float | None
    target: float | None
    target_date: date | None
    status: str | None
    individual: int | None = None
    reported: int | None = None

    @property
    def label(self) -> str:
        """The indicator's name."""
        return str(INDICATOR_LABELS[self.indicator])

    @property
    def gap(self) -> int | None:
        """People still needed to reach the target (0 once reached), or None without one."""
        if self.attained is None or not self.denominator or self.target is None:
            return None
        return target_rules.gap_people(self.attained, self.denominator, self.target)

    @property
    def status_label(self) -> str:
        """The status in words."""
        if self.status:
            return str(STATUS_LABELS[self.status])
        if self.target is None:
            return _("No target")
        return _("No group size")

    @property
    def rank(self) -> int:
        """Position of the status, lagging first."""
        return STATUS_ORDER.get(self.status or "", NO_STATUS)

    @property
    def rate_text(self) -> str:
        """The rate as shown."""
        return percent_text(self.rate)

    @property
    def target_text(self) -> str:
        """The target share as shown."""
        return percent_text(self.target)

    @property
    def attained_text(self) -> str:
        """People who reached it, as shown."""
        return people_text(self.attained)

    @property
    def denominator_text(self) -> str:
        """The group's size, as shown."""
        return people_text(self.denominator)

    @property
    def individual_text(self) -> str:
        """People with a personal record, as shown."""
        return people_text(self.individual or 0)

    @property
    def reported_text(self) -> str:
        """People in approved aggregate reports, as shown."""
        return people_text(self.reported or 0)

    @property
    def gap_text(self) -> str:
        """The people still needed, as shown."""
        return people_text(self.gap)


@dataclass(frozen=True, slots=True)
class SeriesRow:
    """One line of a chart's data table."""

    day: date
    attained: int
    rate: float | None
    expected: float | None

    @property
    def attained_text(self) -> str:
        """People, as shown."""
        return people_text(self.attained)

    @property
    def rate_text(self) -> str:
        """Rate, as shown."""
        return percent_text(self.rate)

    @property
    def expected_text(self) -> str:
        """Where the straight line to the target stood that day, as shown."""
        return percent_text(self.expected)


@dataclass(frozen=True, slots=True)
class Trend:
    """A card's way over time: the chart, its data table and the projection in words."""

    chart: charts.LineChart | None
    rows: list[SeriesRow]
    projected_on: date | None
    message: str


@dataclass(frozen=True, slots=True)
class Card:
    """One indicator of the unit shown."""

    figures: Figures
    trend: Trend | None


@dataclass(frozen=True, slots=True)
class ChildRow:
    """A unit below the one shown (each one links to its own dashboard), with its figures for
    the indicators shown."""

    unit: AdministrativeUnit
    figures: list[Figures]

    @property
    def ranked_figures(self) -> list[Figures]:
        """The figures the rank looks at: confirmed results only when nothing else is shown
        (they are a part of the adults' figure, and far lower while proctored sessions begin:
        otherwise they would rank every unit alike)."""
        broad = [item for item in self.figures if not BY_CODE[item.indicator].confirmed_only]
        return broad or self.figures

    @property
    def rank(self) -> tuple[int, int, float, str]:
        """Lagging first: worst status, then lowest mean rate, units without a rate last."""
        figures = self.ranked_figures
        worst = min((item.rank for item in figures), default=NO_STATUS)
        rates = [item.rate for item in figures if item.rate is not None]
        mean = sum(rates) / len(rates) if rates else 0.0
        return (worst, 0 if rates else 1, mean, self.unit.name_folded)

    @property
    def worst(self) -> Figures | None:
        """The figures with the most lagging status."""
        figures = self.ranked_figures
        return min(figures, key=lambda item: item.rank) if figures else None


@dataclass(slots=True)
class Dashboard:
    """What the dashboard shows: unit None is the viewer's whole area (several units on top)."""

    unit: AdministrativeUnit | None
    day: date
    indicators: list[str]
    confirmed_only: bool
    cards: list[Card] = field(default_factory=list)
    children: list[ChildRow] = field(default_factory=list)
    trail: list[AdministrativeUnit] = field(default_factory=list)
    notice: str = ""
    # The viewer's units on the eve of the 2025 reform, offered when the day is after it.
    former_units: list[AdministrativeUnit] = field(default_factory=list)

    @property
    def is_before_reform(self) -> bool:
        """Whether the day falls before the new communes existed."""
        return self.day < REFORM_DAY

    @property
    def title(self) -> str:
        """The unit's name, or the viewer's area."""
        return self.unit.name if self.unit else _("Your area")


def indicators_shown(indicator: str | None, *, confirmed_only: bool) -> list[str]:
    """The indicators a filter asks for: one or all; adults by confirmed results if asked."""
    chosen = [indicator] if indicator else list(INDICATOR_CODES)
    if confirmed_only:
        chosen = [CONFIRMED_INDICATOR.get(code, code) for code in chosen]
    return list(dict.fromkeys(chosen))


def viewer_tops(actor: User | AnonymousUser, day: date) -> list[AdministrativeUnit]:
    """The viewer's highest units that existed on day (the province for an administrator)."""
    visible = permissions.unit_ids_visible_to(actor)
    units = selectors.units_valid_on(day).select_related("parent").order_by("name_folded", "code")
    if visible is None:
        return list(units.filter(parent__isnull=True))
    return [
        unit
        for unit in units.filter(pk__in=sorted(visible))
        if unit.parent_id is None or unit.parent_id not in visible
    ]


def trail_to(
    actor: User | AnonymousUser, unit: AdministrativeUnit | None
) -> list[AdministrativeUnit]:
    """The visible units above and including unit, top first, for the breadcrumb."""
    trail: list[AdministrativeUnit] = []
    current = unit
    while current is not None and permissions.can_view_unit(actor, current.pk):
        trail.insert(0, current)
        current = current.parent
    return trail


def _figures(
    code: str,
    groups: dict[str, progress_module.GroupFigures],
    *,
    unit_id: int,
    day: date,
    applying: dict[tuple[str, int], targets_service.AppliedTarget],
) -> Figures:
    group = groups.get(BY_CODE[code].group_code)
    if group is None:
        return Figures(code, None, None, None, None, None, None)
    if not BY_CODE[code].confirmed_only:
        return Figures(
            code,
            group.denominator,
            group.attained,
            group.rate,
            group.target,
            group.target_date,
            group.status,
            group.individual,
            group.reported,
        )
    # progress() gives the confirmed count of the group; its target is the indicator's own.
    applied = applying.get((code, unit_id))
    return _with_status(code, group.denominator, group.confirmed, applied, day=day)


def _with_status(
    code: str,
    denominator: int | None,
    attained: int | None,
    applied: targets_service.AppliedTarget | None,
    *,
    day: date,
) -> Figures:
    rate = rules.rate(attained, denominator) if attained is not None else None
    target = applied.rate if applied else None
    due_on = applied.due_on if applied else None
    status = (
        target_rules.status(
            rate=rate,
            target_rate=target,
            day=day,
            start_day=target_rules.CAMPAIGN_START,
            due_on=due_on,
        ).value
        if rate is not None and target is not None and due_on is not None
        else None
    )
    return Figures(code, denominator, attained, rate, target, due_on, status)


def _trend(figures: Figures, series: series_service.Series | None, *, day: date) -> Trend | None:
    """The chart of a unit's rate by month's end, the straight line to its target and the
    projection at the pace of the last 90 days (dashed), with the same figures as a table."""
    if series is None or not series.points:
        return None
    denominator = figures.denominator
    target, due_on = figures.target, figures.target_date
    start = target_rules.CAMPAIGN_START
    end = max(day, due_on) if due_on else day

    def expected(on: date) -> float | None:
        if target is None or due_on is None:
            return None
        return target_rules.expected_rate(
            day=on, start_day=start, due_on=due_on, target_rate=target
        )

    rows = [
        SeriesRow(on, people, rules.rate(people, denominator), expected(on))
        for on, people in series.points
    ]
    projected_on = (
        target_rules.projection(series.for_projection, denominator=denominator, target_rate=target)
        if target is not None
        else None
    )
    message = _projection_message(figures, projected_on)
    if not denominator:
        return Trend(None, rows, projected_on, message)
    target_line = [(start, 0.0), (due_on, target), (end, target)] if target and due_on else []
    rate_now = rows[-1].rate or 0.0
    projected = (
        charts.clip_segment((day, rate_now), (projected_on, target or 0.0), until=end)
        if projected_on is not None and target is not None and projected_on > day
        else []
    )
    chart = charts.line_chart(
        actual=[(row.day, row.rate or 0.0) for row in rows],
        target=target_line,
        projection=projected,
        start=start,
        end=end,
    )
    return Trend(chart, rows, projected_on, message)


def _projection_message(figures: Figures, projected_on: date | None) -> str:
    if figures.status == "reached" or (figures.gap == 0 and figures.target is not None):
        return _("The target is reached.")
    if figures.target is None or not figures.denominator:
        return _("No projection: the unit has no target or no group size.")
    if projected_on is None:
        return _("The target will not be reached at the current pace.")
    if figures.target_date and projected_on > figures.target_date:
        return _("Expected to reach the target: %(month)s, after the due date %(due)s.") % {
            "month": month_text(projected_on),
            "due": figures.target_date.strftime("%d/%m/%Y"),
        }
    return _("Expected to reach the target: %(month)s.") % {"month": month_text(projected_on)}


def build_dashboard(
    *,
    actor: User | AnonymousUser,
    unit: AdministrativeUnit | None,
    day: date,
    indicator: str | None = None,
    confirmed_only: bool = False,
    with_trends: bool = True,
) -> Dashboard:
    """The dashboard of a unit the actor may see (checked by the caller), or of the actor's
    area when unit is None: one unit on top is shown as that unit, several side by side."""
    codes = indicators_shown(indicator, confirmed_only=confirmed_only)
    board = Dashboard(unit=unit, day=day, indicators=codes, confirmed_only=confirmed_only)
    if unit is None:
        tops = viewer_tops(actor, day)
        if day >= REFORM_DAY:
            board.former_units = viewer_tops(actor, REFORM_DAY - timedelta(days=1))
        if len(tops) == 1:
            unit = board.unit = tops[0]
        else:
            return _area(board, actor, tops)
    board.trail = trail_to(actor, unit)
    if not (unit.valid_from <= day and (unit.valid_to is None or day <= unit.valid_to)):
        board.notice = _unit_period_notice(unit)
        return board
    figures = progress_module.progress(unit=unit, day=day, public=False)
    visible = permissions.unit_ids_visible_to(actor)
    children = [child for child in figures.children if visible is None or child.unit.pk in visible]
    applying = figures.applying
    own = {group.group: group for group in figures.groups}
    trends = (
        series_service.attained_over_time(indicators=codes, unit=unit, day=day)
        if with_trends
        else {}
    )
    for code in codes:
        card_figures = _figures(code, own, unit_id=unit.pk, day=day, applying=applying)
        board.cards.append(Card(card_figures, _trend(card_figures, trends.get(code), day=day)))
    board.children = _ranked(
        ChildRow(
            unit=child.unit,
            figures=[
                _figures(
                    code,
                    {group.group: group for group in child.groups},
                    unit_id=child.unit.pk,
                    day=day,
                    applying=applying,
                )
                for code in codes
            ],
        )
        for child in children
    )
    return board


def _ranked(rows: Iterable[ChildRow]) -> list[ChildRow]:
    return sorted(rows, key=lambda row: row.rank)


def _unit_period_notice(unit: AdministrativeUnit) -> str:
    if unit.valid_to is None:
        return _("%(unit)s exists from %(start)s. Choose a later date.") % {
            "unit": unit.name,
            "start": unit.valid_from.strftime("%d/%m/%Y"),
        }
    return _("%(unit)s existed from %(start)s to %(end)s. Choose a date in that period.") % {
        "unit": unit.name,
        "start": unit.valid_from.strftime("%d/%m/%Y"),
        "end": unit.valid_to.strftime("%d/%m/%Y"),
    }


def _area(
    board: Dashboard, actor: User | AnonymousUser, tops: list[AdministrativeUnit]
) -> Dashboard:
    """Several units on top (a former district's new communes after the reform): each as a
    ranked row, figures of their parents read once per parent, and the cards as their sums."""
    if not tops:
        board.notice = _("No unit of your area existed on this date. Choose another date.")
        return board
    by_parent: dict[int | None, list[AdministrativeUnit]] = defaultdict(list)
    for top in tops:
        by_parent[top.parent_id].append(top)
    groups_of: dict[int, dict[str, progress_module.GroupFigures]] = {}
    for parent_id, units in by_parent.items():
        if parent_id is None:
            for top in units:
                figures = progress_module.progress(
                    unit=top, day=board.day, public=False, with_children=False
                )
                groups_of[top.pk] = {group.group: group for group in figures.groups}
            continue
        parent = units[0].parent
        assert parent is not None  # noqa: S101 - parent_id is set
        figures = progress_module.progress(unit=parent, day=board.day, public=False)
        for child in figures.children:
            groups_of[child.unit.pk] = {group.group: group for group in child.groups}
    applying = (
        targets_service.targets_applying(unit_ids=[top.pk for top in tops], day=board.day)
        if any(BY_CODE[code].confirmed_only for code in board.indicators)
        else {}
    )
    rows = [
        ChildRow(
            unit=top,
            figures=[
                _figures(
                    code,
                    groups_of.get(top.pk, {}),
                    unit_id=top.pk,
                    day=board.day,
                    applying=applying,
                )
                for code in board.indicators
            ],
        )
        for top in tops
    ]
    board.children = _ranked(rows)
    for position, code in enumerate(board.indicators):
        board.cards.append(
            Card(_summed(code, [row.figures[position] for row in rows], board.day), None)
        )
    return board


def _summed(code: str, parts: list[Figures], day: date) -> Figures:
    """Figures of several units together: sizes and people add up; the target is kept only
    when all of them have the same one."""
    known = [part for part in parts if part.attained is not None]
    denominators = [part.denominator for part in parts if part.denominator]
    attained = sum(part.attained or 0 for part in known) if known else None
    denominator = sum(denominators) if denominators else None
    targets = {(part.target, part.target_date) for part in parts}
    applied = None
    if len(targets) == 1:
        target, due_on = next(iter(targets))
        if target is not None and due_on is not None:
            applied = targets_service.AppliedTarget(target, due_on, 0)
    return _with_status(code, denominator, attained, applied, day=day)
