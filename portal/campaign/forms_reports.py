"""Forms of the aggregate reports: choosing the body and month, the grid of figures, and the
reviewer's reason for returning a report. The rules live in services/reports.py."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django import forms
from django.forms import BoundField
from django.utils.translation import gettext_lazy

from portal.campaign.models import AggregateReport
from portal.campaign.services import reports as reports_service

COLUMNS = ("trained", "reached")
MAX_NOTE_LENGTH = 2000


class ReportStartForm(forms.Form):
    """Which commune or organisation reports, and for which month."""

    body = forms.CharField(
        label=gettext_lazy("Reporting unit"),
        error_messages={"required": gettext_lazy("Choose a commune or an organisation.")},
    )
    month = forms.CharField(
        label=gettext_lazy("Month"),
        help_text=gettext_lazy("The month the figures cover, for example 05/2025."),
        widget=forms.TextInput(attrs={"type": "month", "placeholder": "2025-05"}),
        error_messages={"required": gettext_lazy("Choose a month, for example 05/2025.")},
    )

    def __init__(
        self, data: Any = None, *, bodies: Sequence[reports_service.Body], prefix: str = ""
    ) -> None:
        super().__init__(data, prefix=prefix or None)
        # A plain text field with a select widget: a posted id out of the list reaches the
        # service, which answers "not in your area" rather than "not one of the choices".
        self.fields["body"].widget = forms.Select(
            choices=[
                ("", gettext_lazy("Choose a commune or an organisation")),
                *((body.key, _body_choice(body)) for body in bodies),
            ]
        )

    def add_service_errors(self, errors: Mapping[str, list[str]]) -> None:
        """Show a service's refusal on the fields it names, or above the form."""
        for field, messages in errors.items():
            for message in messages:
                self.add_error(field if field in self.fields else None, message)


def _body_choice(body: reports_service.Body) -> str:
    unit = body.unit
    until = f", {unit.valid_from:%m/%Y}–{unit.valid_to:%m/%Y}" if unit.valid_to else ""
    if body.organisation is not None:
        return f"— {body.organisation.name}{until}"
    return f"{unit.name} ({unit.code}{until})"


@dataclass(frozen=True, slots=True)
class GridRow:
    """One target group's row of the grid: its cells and what is shown beside them."""

    hint: reports_service.LineHint
    trained: BoundField
    reached: BoundField


class ReportLinesForm(forms.Form):
    """The DHIS2-style grid: a row per target group, two whole numbers in each, and a note."""

    note = forms.CharField(
        label=gettext_lazy("Notes"),
        help_text=gettext_lazy("Where the figures come from: training classes, lists kept."),
        required=False,
        max_length=MAX_NOTE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "max_length": gettext_lazy("Keep the notes under %(limit_value)d characters.")
        },
    )

    def __init__(
        self,
        data: Any = None,
        *,
        hints: Iterable[reports_service.LineHint],
        report: AggregateReport | None = None,
    ) -> None:
        initial: dict[str, Any] = {}
        if report is not None:
            initial["note"] = report.note
            for line in report.lines.all():
                initial[f"{line.target_group.code}-trained"] = line.trained
                initial[f"{line.target_group.code}-reached"] = line.reached
        super().__init__(data, initial=initial)
        self.hints = list(hints)
        for hint in self.hints:
            for column in COLUMNS:
                self.fields[f"{hint.group.code}-{column}"] = forms.IntegerField(
                    label=hint.group.name_vi,
                    widget=forms.NumberInput(attrs={"min": 0, "step": 1, "inputmode": "numeric"}),
                    error_messages={
                        "required": gettext_lazy("Enter a number of people (0 if none)."),
                        "invalid": gettext_lazy(
                            "Enter a whole number of people, digits only (for example 1200)."
                        ),
                    },
                )

    @property
    def rows(self) -> list[GridRow]:
        """The grid's rows, in the target groups' order."""
        return [
            GridRow(
                hint=hint,
                trained=self[f"{hint.group.code}-trained"],
                reached=self[f"{hint.group.code}-reached"],
            )
            for hint in self.hints
        ]

    def figures(self) -> dict[str, reports_service.LineFigures]:
        """The cleaned cells, by target group code."""
        return {
            hint.group.code: reports_service.LineFigures(
                trained=self.cleaned_data[f"{hint.group.code}-trained"],
                reached=self.cleaned_data[f"{hint.group.code}-reached"],
            )
            for hint in self.hints
        }

    def add_service_errors(self, errors: Mapping[str, list[str]]) -> None:
        """Show a service's refusal on the cells it names, or above the grid."""
        for field, messages in errors.items():
            for message in messages:
                self.add_error(field if field in self.fields else None, message)


class ReturnForm(forms.Form):
    """Why a reviewer returns (or reopens) a report."""

    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        help_text=gettext_lazy("What has to be corrected; the reporter sees it."),
        max_length=MAX_NOTE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": gettext_lazy(
                "Say what has to be corrected: the reporter sees your reason."
            ),
            "max_length": gettext_lazy("Keep the reason under %(limit_value)d characters."),
        },
    )
