"""Forms of the self-assessment pages: starting an attempt and reading an answer from a post."""

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from portal.accounts.models import Organisation
from portal.assessment.domain.items import Kind
from portal.assessment.domain.presentation import Problem, Question, order_from_positions
from portal.assessment.models import Attempt
from portal.assessment.services.attempts import DONT_KNOW
from portal.campaign.models import AdministrativeUnit, TargetGroup


class StartForm(forms.Form):
    """Choose the target group and the length; a session code only in a training room."""

    target_group = forms.ModelChoiceField(
        label=_("You take the test as"),
        queryset=TargetGroup.objects.order_by("sort_order", "code"),
        empty_label=None,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose your group.")},
    )
    mode = forms.ChoiceField(
        label=_("Length"),
        choices=[
            (Attempt.Mode.STANDARD, _("Standard: about 15 minutes, the most accurate")),
            (Attempt.Mode.SHORT, _("Short: about 10 minutes, a quick check")),
        ],
        initial=Attempt.Mode.STANDARD,
        widget=forms.RadioSelect,
    )
    session_code = forms.CharField(
        label=_("Session code"),
        required=False,
        max_length=20,
        help_text=_(
            "Only in a supervised session (a training room): the code the organiser gives you. "
            "Your result is then marked as confirmed."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )


def answer_from_post(question: Question, data: QueryDict) -> object | Problem:
    """The answer in the shape the scorer takes, read from the question's form fields."""
    if data.get("dont_know") and question.kind is not Kind.SELF_REPORT:
        return DONT_KNOW
    if question.kind in (Kind.SINGLE, Kind.TRUE_FALSE, Kind.SELF_REPORT):
        raw = data.get("choice", "")
        return int(raw) if raw.isdigit() else Problem.CHOOSE_ONE
    if question.kind is Kind.MULTIPLE:
        numbers = [value for value in data.getlist("choice") if value.isdigit()]
        return [int(value) for value in numbers] or Problem.CHOOSE_SOME
    if question.kind is Kind.TASK_HOTSPOT:
        return data.getlist("region") or Problem.CHOOSE_SOME
    if question.kind is Kind.TASK_ORDER:
        positions = {part.id: data.get(f"position-{part.id}", "") for part in question.parts}
        return order_from_positions(question, positions)
    if question.kind is Kind.TASK_FORM:
        return {field.id: data.get(f"field-{field.id}", "") for field in question.fields}
    return Problem.WRONG_SHAPE


DURATIONS = [
    (60, _("1 hour")),
    (120, _("2 hours")),
    (180, _("3 hours")),
    (240, _("4 hours")),
    (480, _("8 hours")),
]


class SessionForm(forms.Form):
    """A supervised session: what and where, in which commune or organisation, and when."""

    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        help_text=_("For example: Digital skills class, Km 15 village, morning of 12/12."),
    )
    place = forms.CharField(label=_("Place"), max_length=200, required=False)
    organisation = forms.ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("None: a session of the commune"),
    )
    unit = forms.ModelChoiceField(
        label=_("Commune"),
        queryset=AdministrativeUnit.objects.none(),
        required=False,
        empty_label=_("Choose a commune"),
        help_text=_("Not needed when an organisation is chosen: its commune is used."),
    )
    opens_at = forms.DateTimeField(
        label=_("Starts at"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%d/%m/%Y %H:%M"],
    )
    duration_minutes = forms.TypedChoiceField(
        label=_("Lasts"), choices=DURATIONS, coerce=int, initial=120
    )

    def __init__(
        self,
        data: Any = None,
        *,
        communes: QuerySet[AdministrativeUnit],
        organisations: QuerySet[Organisation],
        initial: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(data, initial=initial)
        self.fields["unit"].queryset = communes  # type: ignore[attr-defined]
        self.fields["organisation"].queryset = organisations  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        """A commune or an organisation is needed to place the session."""
        data = super().clean() or {}
        if not data.get("unit") and not data.get("organisation"):
            self.add_error("unit", _("Choose the commune, or an organisation, of the session."))
        return data
