"""A person's own profile: commune of today, target group, organisation, citizen ID."""

from django.conf import settings
from django.db import IntegrityError
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from portal.accounts import selectors as account_selectors
from portal.accounts.domain.identity import (
    IdentityError,
    citizen_id_digest,
    fits_age_rule,
    validate_citizen_id,
)
from portal.accounts.models import Organisation, User
from portal.accounts.services.errors import ProfileError, identity_message
from portal.campaign import selectors as campaign_selectors
from portal.campaign.models import AdministrativeUnit, TargetGroup, UnitLevel

_CITIZEN_ID_SALT = "portal.accounts.citizen-id-key"


def citizen_id_key() -> bytes:
    """The key of the citizen ID hash: CITIZEN_ID_KEY, or one derived from SECRET_KEY."""
    if settings.CITIZEN_ID_KEY:
        return str(settings.CITIZEN_ID_KEY).encode("utf-8")
    return salted_hmac(_CITIZEN_ID_SALT, "key", algorithm="sha256").digest()


def communes_matching(*, query: str) -> list[AdministrativeUnit]:
    """Communes valid today whose name has every word of query, diacritics ignored."""
    if not query.strip():
        return []
    return campaign_selectors.search_units(
        query, day=timezone.localdate(), level=UnitLevel.COMMUNE, limit=15
    )


def organisations_in_commune(*, unit: AdministrativeUnit) -> list[Organisation]:
    """Organisations placed in a commune, or in the former communes merged into it."""
    graph = campaign_selectors.unit_graph()
    unit_ids = {unit.pk, *graph.predecessors.get(unit.pk, ())}
    return list(account_selectors.organisations_in_units(unit_ids).order_by("name"))


def _profile_errors(
    *,
    user: User,
    birth_year: int | None,
    unit: AdministrativeUnit | None,
    target_group: TargetGroup | None,
    organisation: Organisation | None,
) -> dict[str, str]:
    today = timezone.localdate()
    errors: dict[str, str] = {}
    if birth_year is not None and not 1900 <= birth_year <= today.year:
        errors["birth_year"] = _("Enter a year of birth between 1900 and %(year)s.") % {
            "year": today.year
        }
    if (
        unit is not None
        and not campaign_selectors.units_valid_on(today)
        .filter(pk=unit.pk, level=UnitLevel.COMMUNE)
        .exists()
    ):
        errors["unit"] = _(
            "This commune no longer exists after the 2025 reorganisation. "
            "Please choose the commune it is part of now."
        )
    if target_group is not None and not fits_age_rule(
        birth_year,
        today.year,
        min_age=target_group.min_age_years,
        max_age=target_group.max_age_years,
    ):
        errors["target_group"] = _(
            "Your year of birth does not fit the ages of the group “%(group)s”. "
            "Please choose another group or check your year of birth."
        ) % {"group": target_group.name_vi}
    if organisation is not None and (
        unit is None or organisation not in organisations_in_commune(unit=unit)
    ):
        errors["organisation"] = _("This organisation is not in the commune you chose.")
    return errors


def update_profile(
    *,
    user: User,
    full_name: str,
    birth_year: int | None,
    unit: AdministrativeUnit | None,
    target_group: TargetGroup | None,
    organisation: Organisation | None,
    citizen_id: str = "",
) -> User:
    """Save the profile: a commune of today, a group fitting the age, an optional citizen ID."""
    errors = _profile_errors(
        user=user,
        birth_year=birth_year,
        unit=unit,
        target_group=target_group,
        organisation=organisation,
    )
    if not full_name.strip():
        errors["full_name"] = _("Please enter your full name.")
    digest = None
    if citizen_id.strip() and "birth_year" not in errors:
        try:
            digits = validate_citizen_id(citizen_id, birth_year=birth_year)
        except IdentityError as error:
            errors["citizen_id"] = identity_message(error.problem)
        else:
            digest = citizen_id_digest(digits, key=citizen_id_key())
            taken = User.objects.filter(citizen_id_digest=digest).exclude(pk=user.pk).exists()
            if taken:
                errors["citizen_id"] = _(
                    "This citizen ID is already used by another account. If it is yours, "
                    "please contact the support line on the Contact page."
                )
    if errors:
        raise ProfileError(errors)
    user.full_name = full_name.strip()
    user.birth_year = birth_year
    user.unit = unit
    user.target_group = target_group
    user.organisation = organisation
    if digest is not None:
        user.citizen_id_digest = digest
        user.citizen_id_last_digits = digits[-3:]
    try:
        user.save()
    except IntegrityError as error:
        raise ProfileError(
            {"citizen_id": _("This citizen ID is already used by another account.")}
        ) from error
    return user
