"""Forms of the public news pages."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.news.models import SectionKind


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search for"),
        max_length=200,
        required=False,
        strip=True,
        error_messages={"max_length": _("Please use at most %(limit_value)d characters.")},
    )
    section = forms.ChoiceField(
        label=_("In section"),
        required=False,
        choices=[("", _("All sections")), *SectionKind.choices],
        error_messages={"invalid_choice": _("There is no section called “%(value)s”.")},
    )
    page = forms.IntegerField(required=False, min_value=1, max_value=10_000)

    def clean_page(self) -> int:
        return self.cleaned_data.get("page") or 1
