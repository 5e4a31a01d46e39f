"""Targets for managers (/quan-ly/so-lieu/chi-tieu/): what applies in their area, and setting one.

Like the figures page, a unit outside the viewer's scope is "not found" (404), on the page and
in the form.
"""

from datetime import date
from decimal import Decimal
from typing import Any

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from portal.accounts import permissions
from portal.accounts.decorators import manager_required
from portal.accounts.models import User
from portal.campaign import selectors
from portal.campaign.domain.indicators import INDICATORS
from portal.campaign.models import AdministrativeUnit
from portal.campaign.services import targets as targets_service

INDICATOR_LABELS = {
    "officials": gettext_lazy("Officials and public employees"),
    "students": gettext_lazy("School and university students"),
    "adults": gettext_lazy("Adults"),
    "adults_confirmed": gettext_lazy("Adults, confirmed in a supervised session"),
    "workers": gettext_lazy("Workers in enterprises and cooperatives"),
}


class TargetForm(forms.Form):
    """An indicator, a unit, a due date and a percentage; set_target decides the rest."""

    indicator = forms.ChoiceField(
        label=gettext_lazy("Indicator"),
        choices=[("", gettext_lazy("Choose an indicator"))]
        + [(indicator.code, INDICATOR_LABELS[indicator.code]) for indicator in INDICATORS],
        error_messages={
            "required": gettext_lazy("Choose an indicator."),
            "invalid_choice": gettext_lazy("Choose one of the campaign's indicators."),
        },
    )
    unit = forms.IntegerField(
        label=gettext_lazy("Unit"),
        help_text=gettext_lazy("The target applies to this unit and every unit below it."),
        error_messages={
            "required": gettext_lazy("Choose a unit."),
            "invalid": gettext_lazy("Choose a unit."),
        },
    )
    due_on = forms.DateField(
        label=gettext_lazy("To reach by"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": gettext_lazy("Enter the date to reach the target by."),
            "invalid": gettext_lazy("Enter a valid date, for example 31/12/2025."),
        },
    )
    percent = forms.DecimalField(
        label=gettext_lazy("Share to reach (%)"),
        help_text=gettext_lazy("A percentage from 0 to 100 of the indicator's group, e.g. 80."),
        min_value=Decimal(0),
        max_value=Decimal(100),
        max_digits=5,
        decimal_places=1,
        localize=True,
        error_messages={
            "required": gettext_lazy("Enter the share to reach, from 0 to 100."),
            "invalid": gettext_lazy("Enter the share as a number from 0 to 100."),
            "min_value": gettext_lazy("The share cannot be less than 0."),
            "max_value": gettext_lazy("The share cannot be more than 100."),
            "max_digits": gettext_lazy("Enter the share as a number from 0 to 100."),
            "max_decimal_places": gettext_lazy("Use at most one decimal place."),
            "max_whole_digits": gettext_lazy("The share cannot be more than 100."),
        },
    )

    def __init__(
        self, data: Any = None, *, units: list[AdministrativeUnit], initial: dict[str, Any]
    ) -> None:
        super().__init__(data, initial=initial)
        self.fields["unit"].widget = forms.Select(
            choices=[("", _("Choose a unit")), *((unit.pk, _unit_label(unit)) for unit in units)]
        )

    def add_domain_error(self, error: targets_service.TargetRejectedError) -> None:
        """Show a service's refusal on the field it names, or above the form."""
        self.add_error(error.field if error.field in self.fields else None, str(error))


def _unit_label(unit: AdministrativeUnit) -> str:
    if unit.valid_to is not None:
        return _("%(name)s (%(code)s, until %(day)s)") % {
            "name": unit.name,
            "code": unit.code,
            "day": unit.valid_to.strftime("%d/%m/%Y"),
        }
    return f"{unit.name} ({unit.code})"


@require_http_methods(["GET", "POST"])
@manager_required
def target_list(request: HttpRequest) -> HttpResponse:
    """The targets applying on a day (?date=) below a unit (?unit=), and the form to set one."""
    day, parent = _day(request), _parent(request)
    units = targets_service.settable_units(actor=request.user)
    form = None
    if units:
        initial = {"unit": parent.pk if parent else None}
        form = TargetForm(request.POST or None, units=units, initial=initial)
    if request.method == "POST":
        if form is None:
            raise Http404
        if form.is_valid():
            try:
                targets_service.set_target(
                    actor=request.user,  # type: ignore[arg-type]
                    indicator=form.cleaned_data["indicator"],
                    unit_id=form.cleaned_data["unit"],
                    due_on=form.cleaned_data["due_on"],
                    rate=form.cleaned_data["percent"] / 100,
                    request=request,
                )
            except targets_service.TargetRejectedError as error:
                form.add_domain_error(error)
            else:
                messages.success(request, _("The target is saved."))
                unit_id = form.cleaned_data["unit"]
                return redirect(f"{reverse('campaign:target-list')}?unit={unit_id}")
    context = {
        "day": day,
        "parent": parent,
        "trail": _trail(request.user, parent),  # type: ignore[arg-type]
        "tables": [
            (INDICATOR_LABELS[code], rows)
            for code, rows in targets_service.target_tables(
                actor=request.user, day=day, parent=parent
            ).items()
        ],
        "form": form,
    }
    return render(request, "campaign/targets_list.html", context)


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
