"""Forms of the account pages: they parse input; the rules live in services."""

import re
from typing import TYPE_CHECKING, Any

from django import forms
from django.core.validators import MaxValueValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.accounts.models import Organisation
from portal.accounts.services.errors import IdentifierError
from portal.accounts.services.profile import organisations_in_commune
from portal.accounts.services.registration import normalise_identifier
from portal.campaign import selectors as campaign_selectors
from portal.campaign.models import AdministrativeUnit, TargetGroup

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

_CODE_ATTRS = {
    "autocomplete": "one-time-code",
    "inputmode": "numeric",
    "pattern": "[0-9 ]*",
    "maxlength": "7",
    "class": "code-input",
}
_IDENTIFIER_ATTRS = {
    "autocomplete": "username",
    "autocapitalize": "none",
    "spellcheck": "false",
}


class IdentifierField(forms.CharField):
    """A phone number or e-mail, cleaned to ("phone" | "email", normalised value)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("label", _("Mobile number or e-mail"))
        kwargs.setdefault("max_length", 254)
        kwargs.setdefault(
            "error_messages", {"required": _("Please enter your mobile number or e-mail.")}
        )
        super().__init__(**kwargs)
        self.widget.attrs.update(_IDENTIFIER_ATTRS)

    def clean(self, value: Any) -> Any:
        """Normalise the identifier or explain what is wrong with it."""
        text = super().clean(value)
        try:
            normalise_identifier(identifier=text)
        except IdentifierError as error:
            raise forms.ValidationError(str(error), code=error.problem.value) from error
        return text


class CodeField(forms.CharField):
    """A 6-digit one-time code; spaces are ignored."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("label", _("6-digit code"))
        kwargs.setdefault("error_messages", {"required": _("Please enter the 6-digit code.")})
        super().__init__(**kwargs)
        self.widget.attrs.update(_CODE_ATTRS)

    def clean(self, value: Any) -> Any:
        """The code without spaces, or a message when it is not 6 digits."""
        text = re.sub(r"\s", "", super().clean(value))
        if not re.fullmatch(r"\d{6}", text):
            raise forms.ValidationError(_("The code has 6 digits, for example 123456."))
        return text


def _password(autocomplete: str, label: "StrOrPromise") -> forms.CharField:
    return forms.CharField(
        label=label,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": autocomplete}),
        error_messages={"required": _("Please enter a password.")},
    )


class NewPasswordMixin(forms.Form):
    """Two password fields that must match."""

    password1 = _password("new-password", _("Password"))
    password2 = _password("new-password", _("Password again"))

    def clean_password2(self) -> str:
        """Both entries must be the same."""
        first = self.cleaned_data.get("password1")
        second: str = self.cleaned_data["password2"]
        if first and first != second:
            raise forms.ValidationError(_("The two passwords are not the same."))
        return second


class SignUpForm(NewPasswordMixin):
    """Create an account with a phone number or e-mail."""

    field_order = ["identifier", "full_name", "password1", "password2", "has_consented"]
    identifier = IdentifierField(
        help_text=_("For example 0912 345 678 or ten@example.com. We send a code to check it.")
    )
    full_name = forms.CharField(
        label=_("Full name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Please enter your full name.")},
    )
    has_consented = forms.BooleanField(
        label=_("I agree that my data is processed as the privacy notice describes."),
        error_messages={"required": _("Please agree to the privacy notice to create an account.")},
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["password1"].help_text = _(
            "At least 8 characters; not only digits, not a common password."
        )


class CodeForm(forms.Form):
    """A code sent by text message or e-mail."""

    code = CodeField()


class SignInForm(forms.Form):
    """Sign in with a phone number (any format), e-mail or username and a password."""

    identifier = forms.CharField(
        label=_("Mobile number or e-mail"),
        max_length=254,
        widget=forms.TextInput(attrs=_IDENTIFIER_ATTRS),
        error_messages={"required": _("Please enter your mobile number or e-mail.")},
    )
    password = _password("current-password", _("Password"))


class PasswordResetRequestForm(forms.Form):
    """Ask for a reset code."""

    identifier = IdentifierField()


class PasswordResetConfirmForm(NewPasswordMixin):
    """A reset code and the new password."""

    field_order = ["identifier", "code", "password1", "password2"]
    identifier = IdentifierField()
    code = CodeField()


def unit_label(unit: AdministrativeUnit) -> str:
    """A commune with the unit above it, as people recognise it."""
    return f"{unit.name}, {unit.parent.name}" if unit.parent else unit.name


class TargetGroupField(forms.ModelChoiceField):
    """Target groups as radio buttons named in Vietnamese."""

    def label_from_instance(self, obj: TargetGroup) -> str:  # type: ignore[override]
        """The group's Vietnamese name."""
        return obj.name_vi


class ProfileForm(forms.Form):
    """The profile: name, commune, year of birth, target group, organisation, citizen ID."""

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Please enter your full name.")},
    )
    unit_query = forms.CharField(
        label=_("Find your commune"),
        required=False,
        max_length=100,
        help_text=_("Type the name, with or without diacritics, for example “tram tau”."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    unit = forms.TypedChoiceField(
        label=_("Commune or ward where you live or work"),
        coerce=int,
        required=False,
        widget=forms.RadioSelect,
    )
    birth_year = forms.IntegerField(
        label=_("Year of birth"),
        required=False,
        min_value=1900,
        widget=forms.NumberInput(attrs={"autocomplete": "bday-year", "inputmode": "numeric"}),
        error_messages={
            "invalid": _("Enter the year with 4 digits, for example 1985."),
            "min_value": _("Enter the year with 4 digits, for example 1985."),
            "max_value": _("The year of birth cannot be in the future."),
        },
    )
    target_group = TargetGroupField(
        label=_("Which group are you in?"),
        queryset=TargetGroup.objects.none(),
        required=False,
        widget=forms.RadioSelect,
        empty_label=None,
    )
    organisation = forms.ModelChoiceField(
        label=_("Agency, school or enterprise (optional)"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("— None or not listed —"),
    )
    citizen_id = forms.CharField(
        label=_("Citizen ID number (optional)"),
        required=False,
        max_length=20,
        help_text=_("12 digits on your chip-based ID card. We keep only the last 3 digits."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "inputmode": "numeric"}),
    )

    def __init__(self, *args: Any, communes: list[AdministrativeUnit], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.communes = {unit.pk: unit for unit in communes}
        unit_field: forms.TypedChoiceField = self.fields["unit"]  # type: ignore[assignment]
        unit_field.choices = [(unit.pk, unit_label(unit)) for unit in communes]
        group_field: forms.ModelChoiceField = self.fields["target_group"]  # type: ignore[assignment]
        group_field.queryset = campaign_selectors.target_groups()
        year_field: forms.IntegerField = self.fields["birth_year"]  # type: ignore[assignment]
        year_field.max_value = timezone.localdate().year
        year_field.validators.append(MaxValueValidator(timezone.localdate().year))
        organisations: list[Organisation] = []
        chosen = self._chosen_unit()
        if chosen is not None:
            organisations = organisations_in_commune(unit=chosen)
        self.organisations = organisations
        organisation_field: forms.ModelChoiceField = self.fields["organisation"]  # type: ignore[assignment]
        organisation_field.queryset = Organisation.objects.filter(
            pk__in=[organisation.pk for organisation in organisations]
        )

    def _chosen_unit(self) -> AdministrativeUnit | None:
        raw = self["unit"].value()
        try:
            return self.communes.get(int(raw)) if raw not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def clean_unit(self) -> AdministrativeUnit | None:
        """The chosen commune as a unit."""
        value = self.cleaned_data.get("unit")
        if value in (None, ""):
            return None
        return self.communes.get(int(value))

    def apply_errors(self, errors: dict[str, str]) -> None:
        """Show a service's profile errors next to their fields."""
        for field, message in errors.items():
            self.add_error(field if field in self.fields else None, message)


class ConsentForm(forms.Form):
    """Accept the current privacy notice."""

    accept = forms.BooleanField(
        label=_("I have read the privacy notice and agree."),
        error_messages={"required": _("Please tick the box to agree, or sign out.")},
    )


class EraseAccountForm(forms.Form):
    """Confirm erasing the account with the password."""

    password = _password("current-password", _("Your password"))


class TokenCreateForm(forms.Form):
    """Name a new personal access token."""

    name = forms.CharField(
        label=_("Token name"),
        max_length=100,
        help_text=_("For example the app or script that will use it."),
        error_messages={"required": _("Please give the token a name.")},
    )


class TotpForm(forms.Form):
    """A code from the authenticator app."""

    code = CodeField(label=_("6-digit code from the authenticator app"))
