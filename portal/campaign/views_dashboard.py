"""The progress dashboard for managers (/quan-ly/so-lieu/tien-do/): a unit's indicators against
their targets, over time, and the units below it, lagging first.

Filters come from the query string (?unit=&date=&indicator=&confirmed=1); a bad value gets a
message on the page (status 400) and its default. A unit outside the viewer's scope is "not
found" (404), as on the figures page.
"""

from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlencode

from django import forms
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from portal.accounts import permissions
from portal.accounts.decorators import manager_required
from portal.campaign import dashboard as dashboard_service
from portal.campaign import exports, selectors
from portal.campaign.models import AdministrativeUnit
from portal.campaign.views_targets import INDICATOR_LABELS


class DashboardFilters(forms.Form):
    """The dashboard's filters; all optional."""

    date = forms.DateField(
        label=gettext_lazy("Figures as of"),
        required=False,
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        error_messages={"invalid": gettext_lazy("Enter a valid date, for example 31/12/2025.")},
    )
    indicator = forms.ChoiceField(
        label=gettext_lazy("Indicator"),
        required=False,
        choices=[
            ("", gettext_lazy("All indicators")),
            *((code, INDICATOR_LABELS[code]) for code in dashboard_service.INDICATOR_CODES),
        ],
        error_messages={"invalid_choice": gettext_lazy("Choose one of the campaign's indicators.")},
    )
    confirmed = forms.BooleanField(
        label=gettext_lazy("Count confirmed results only"), required=False
    )


@dataclass(slots=True)
class Filters:
    """What the viewer asked for, with defaults in place of bad values."""

    unit: AdministrativeUnit | None
    day: date
    indicator: str | None
    confirmed_only: bool
    errors: list[str] = field(default_factory=list)

    def query(self, **changes: object) -> str:
        """The filters as a query string, some of them replaced (unit=None drops the unit)."""
        values: dict[str, object] = {
            "unit": self.unit.pk if self.unit else None,
            "date": self.day.isoformat(),
            "indicator": self.indicator or None,
            "confirmed": "1" if self.confirmed_only else None,
        }
        values.update(changes)
        return urlencode({key: value for key, value in values.items() if value is not None})


def read_filters(request: HttpRequest, data: QueryDict | None = None) -> Filters:
    """The filters of a request; raises Http404 for a unit the viewer may not see."""
    data = request.GET if data is None else data
    form = DashboardFilters(data)
    form.is_valid()
    cleaned = form.cleaned_data
    return Filters(
        unit=_unit(request, data.get("unit", "")),
        day=cleaned.get("date") or timezone.localdate(),
        indicator=cleaned.get("indicator") or None,
        confirmed_only=bool(cleaned.get("confirmed")),
        errors=[str(error) for errors in form.errors.values() for error in errors],
    )


def _unit(request: HttpRequest, raw: str) -> AdministrativeUnit | None:
    if not raw:
        return None
    if not raw.isdigit() or not permissions.can_view_unit(request.user, int(raw)):
        raise Http404
    unit = selectors.unit_by_id(int(raw))
    if unit is None:
        raise Http404
    return unit


@require_GET
@manager_required
def dashboard(request: HttpRequest) -> HttpResponse:
    """The dashboard of a unit (or the viewer's area) on a day."""
    filters = read_filters(request)
    board = dashboard_service.build_dashboard(
        actor=request.user,
        unit=filters.unit,
        day=filters.day,
        indicator=filters.indicator,
        confirmed_only=filters.confirmed_only,
    )
    context = {
        "board": board,
        "filters": filters,
        "indicator_choices": [
            (code, INDICATOR_LABELS[code]) for code in dashboard_service.INDICATOR_CODES
        ],
        "export_query": filters.query(unit=board.unit.pk if board.unit else None),
        "drill_query": filters.query(unit=None),
        "report_in_background": exports.is_large(board),
    }
    return render(
        request, "campaign/dashboard.html", context, status=400 if filters.errors else 200
    )
