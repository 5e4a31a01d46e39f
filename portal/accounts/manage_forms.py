"""Forms of the manager area: people filters, organisations, roster upload, audit log filters."""

from typing import Any

from django import forms
from django.conf import settings
from django.db.models import QuerySet
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from portal.accounts import organisations, selectors
from portal.accounts.models import AuditEntry, Organisation, User
from portal.campaign import selectors as campaign_selectors
from portal.campaign.models import AdministrativeUnit

ROSTER_ACCEPT = (
    ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
)


class UnitChoiceField(forms.ModelChoiceField):
    """Units named with their code, and their end date when they no longer exist."""

    def label_from_instance(self, obj: AdministrativeUnit) -> str:  # type: ignore[override]
        """The unit's name, code and, for a former unit, the day it ended."""
        if obj.valid_to is not None:
            return f"{obj.name} ({obj.code}, {_('until')} {obj.valid_to:%d/%m/%Y})"
        return f"{obj.name} ({obj.code})"


class PeopleFilterForm(forms.Form):
    """Search and filter the people a manager sees; every choice is already within scope."""

    q = forms.CharField(
        label=_("Name, phone or e-mail"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    group = forms.ModelChoiceField(
        label=_("Target group"),
        queryset=campaign_selectors.target_groups(),
        to_field_name="code",
        required=False,
        empty_label=_("All groups"),
    )
    unit = UnitChoiceField(
        label=_("Commune"),
        queryset=AdministrativeUnit.objects.none(),
        required=False,
        empty_label=_("All communes"),
    )

    def __init__(self, data: Any = None, *, people: QuerySet[User]) -> None:
        super().__init__(data)
        # Only communes where visible people live: the list stays short and reveals nothing.
        self.fields["unit"].queryset = AdministrativeUnit.objects.filter(  # type: ignore[attr-defined]
            pk__in=people.exclude(unit__isnull=True).values("unit_id")
        ).order_by("name_folded", "-valid_from")

    def matching(self, people: QuerySet[User]) -> QuerySet[User]:
        """The people who match the valid filters (an invalid filter is ignored)."""
        values = self.cleaned_data if self.is_bound and self.is_valid() else {}
        unit = values.get("unit")
        return selectors.people_matching(
            people,
            query=values.get("q", ""),
            target_group=values.get("group"),
            unit_ids={unit.pk} if unit else None,
        )

    def filters(self) -> dict[str, str]:
        """The filters in use, as the audit log records them."""
        if not (self.is_bound and self.is_valid()):
            return {}
        data = self.cleaned_data
        return {
            key: str(value.pk if hasattr(value, "pk") else value)
            for key, value in data.items()
            if value
        }


class OrganisationForm(forms.Form):
    """An organisation's name and kind; a new one also chooses its commune in the viewer's area.

    The form only parses input: organisations.create_organisation and update_organisation
    decide, and their errors are shown on the field they name.
    """

    name = forms.CharField(
        label=_("Name of the organisation"),
        max_length=organisations.NAME_MAX_LENGTH,
        help_text=_("The full name, as on its signboard or seal."),
    )
    kind = forms.ChoiceField(
        label=_("Kind"), choices=Organisation.Kind.choices, widget=forms.RadioSelect
    )
    unit = UnitChoiceField(
        label=_("Commune"),
        queryset=AdministrativeUnit.objects.none(),
        empty_label=_("Choose a commune"),
        help_text=_("New organisations go in the communes of today."),
    )

    def __init__(
        self,
        data: Any = None,
        *,
        communes: QuerySet[AdministrativeUnit] | None = None,
        initial: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(data, initial=initial)
        if communes is None:
            del self.fields["unit"]
        else:
            self.fields["unit"].queryset = communes  # type: ignore[attr-defined]

    def add_domain_error(self, error: organisations.OrganisationError) -> None:
        """Show a service's refusal on the field it names, or above the form."""
        field = error.field if error.field in self.fields else None
        self.add_error(field, str(error))


class RosterUploadForm(forms.Form):
    """A roster file to import, and whether only to check it."""

    file = forms.FileField(
        label=_("Roster file (CSV or Excel .xlsx)"),
        widget=forms.ClearableFileInput(attrs={"accept": ROSTER_ACCEPT}),
    )
    dry_run = forms.BooleanField(
        label=_("Only check the file, do not register anyone yet"),
        required=False,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "Up to %(size)s and %(rows)s people per file. The first row names the columns."
        ) % {"size": filesizeformat(settings.ROSTER_MAX_BYTES), "rows": settings.ROSTER_MAX_ROWS}


class AuditFilterForm(forms.Form):
    """Filter the audit log by action and by who acted."""

    action = forms.ChoiceField(
        label=_("Action"),
        choices=[("", _("All actions")), *AuditEntry.Action.choices],
        required=False,
    )
    actor = forms.CharField(label=_("Who (user name)"), required=False, max_length=150)

    def matching(self, entries: QuerySet[AuditEntry]) -> QuerySet[AuditEntry]:
        """The entries that match the valid filters."""
        if not (self.is_bound and self.is_valid()):
            return entries
        if self.cleaned_data["action"]:
            entries = entries.filter(action=self.cleaned_data["action"])
        if self.cleaned_data["actor"]:
            entries = entries.filter(actor_label__iexact=self.cleaned_data["actor"].strip())
        return entries
