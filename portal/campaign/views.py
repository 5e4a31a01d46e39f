"""Campaign figures for managers (/quan-ly/so-lieu/): people registered per unit and group.

A viewer sees only units their scope reaches; any other unit id is "not found" (404).
"""

from dataclasses import dataclass, field
from datetime import date

from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from portal.accounts import audit, permissions
from portal.accounts import selectors as people_selectors
from portal.accounts.decorators import manager_required
from portal.accounts.manage_views import csv_response
from portal.accounts.models import AuditEntry, User
from portal.campaign import selectors
from portal.campaign.models import AdministrativeUnit, TargetGroup, UnitLevel

# The day the two-level local government began: districts gone, communes merged (2025 reform).
REFORM_DAY = date(2025, 7, 1)


@dataclass(frozen=True, slots=True)
class FiguresRow:
    """One unit's line of the table: total, then one count per target group."""

    unit: AdministrativeUnit
    total: int
    counts: list[int]
    can_drill_down: bool


@dataclass(slots=True)
class FiguresTable:
    """What the figures page shows for a day and a parent unit (None: the viewer's top)."""

    day: date
    parent: AdministrativeUnit | None
    groups: list[TargetGroup]
    rows: list[FiguresRow] = field(default_factory=list)
    trail: list[AdministrativeUnit] = field(default_factory=list)

    @property
    def totals(self) -> list[int]:
        """Column totals: everyone, then each group."""
        return [
            sum(row.total for row in self.rows),
            *(sum(row.counts[i] for row in self.rows) for i in range(len(self.groups))),
        ]

    @property
    def is_before_reform(self) -> bool:
        """Whether the day falls before the new communes existed."""
        return self.day < REFORM_DAY


@require_GET
@manager_required
def figures_list(request: HttpRequest) -> HttpResponse:
    """The registration table for a day (?date=) and a unit the viewer may see (?unit=)."""
    day, parent = _day(request), _parent(request)
    table = figures_table(request.user, day=day, parent=parent)  # type: ignore[arg-type]
    return render(request, "campaign/figures_list.html", {"table": table})


@require_GET
@manager_required
def figures_export(request: HttpRequest) -> StreamingHttpResponse:
    """The same table as a CSV for Excel, audited."""
    day, parent = _day(request), _parent(request)
    table = figures_table(request.user, day=day, parent=parent)  # type: ignore[arg-type]
    audit.record(
        actor=request.user,
        action=AuditEntry.Action.FIGURES_EXPORTED,
        target=f"unit {parent.code}" if parent else "top",
        request=request,
        detail={"date": day.isoformat(), "rows": len(table.rows)},
    )
    header: list[object] = [
        _("Code"),
        _("Unit"),
        _("Registered"),
        *(g.name_vi for g in table.groups),
    ]
    rows: list[list[object]] = [
        [row.unit.code, row.unit.name, row.total, *row.counts] for row in table.rows
    ]
    lines = ([str(cell) for cell in line] for line in [header, *rows])
    return csv_response(lines, filename=f"so-lieu-{day.isoformat()}.csv")


def figures_table(user: User, *, day: date, parent: AdministrativeUnit | None) -> FiguresTable:
    """Registered people per unit below parent (or the viewer's own units) on day."""
    scope = permissions.scope_of(user)
    groups = list(selectors.target_groups())
    # Without a parent the selector returns the viewer's highest units on day.
    figures = people_selectors.registered_people_by_unit(scope=scope, day=day, parent=parent)
    if parent is not None and not figures and parent.level == UnitLevel.COMMUNE:
        siblings = people_selectors.registered_people_by_unit(
            scope=scope, day=day, parent=parent.parent
        )
        figures = [figure for figure in siblings if figure.unit.pk == parent.pk]
    rows = [
        FiguresRow(
            unit=figure.unit,
            total=figure.total,
            counts=[figure.by_group.get(group.code, 0) for group in groups],
            can_drill_down=figure.unit.level != UnitLevel.COMMUNE
            and permissions.can_view_unit(user, figure.unit.pk),
        )
        for figure in figures
    ]
    return FiguresTable(
        day=day, parent=parent, groups=groups, rows=rows, trail=_trail(user, parent)
    )


def _trail(user: User, parent: AdministrativeUnit | None) -> list[AdministrativeUnit]:
    """The visible units above and including parent, top first, for the breadcrumb."""
    trail: list[AdministrativeUnit] = []
    unit = parent
    while unit is not None and permissions.can_view_unit(user, unit.pk):
        trail.insert(0, unit)
        unit = unit.parent
    return trail


def _day(request: HttpRequest) -> date:
    raw = request.GET.get("date", "")
    try:
        return date.fromisoformat(raw) if raw else timezone.localdate()
    except ValueError:
        return timezone.localdate()


def _parent(request: HttpRequest) -> AdministrativeUnit | None:
    raw = request.GET.get("unit", "")
    if not raw:
        return None
    if not raw.isdigit() or not permissions.can_view_unit(request.user, int(raw)):
        raise Http404
    unit = selectors.unit_by_id(int(raw))
    if unit is None:
        raise Http404
    return unit
