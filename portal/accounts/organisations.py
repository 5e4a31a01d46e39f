"""Adding and renaming organisations: unit managers in their area, administrators anywhere.

Organisations are not personal data, so these writes are not audited. New organisations go in
communes valid today; an organisation placed in a former commune keeps it when renamed.
"""

from django.contrib.auth.models import AnonymousUser
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.accounts import permissions
from portal.accounts.models import Organisation, User
from portal.campaign import selectors as campaign_selectors
from portal.campaign.models import AdministrativeUnit, UnitLevel
from portal.core.domain.text import fold
from portal.core.exceptions import DomainError, PermissionDeniedError

NAME_MIN_LENGTH = 3
NAME_MAX_LENGTH = 200


class OrganisationError(DomainError):
    """An organisation cannot be saved as given; field names the form field at fault."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


def communes_for_new_organisations(*, actor: User | AnonymousUser) -> QuerySet[AdministrativeUnit]:
    """Communes valid today where the actor may add an organisation, sorted by name."""
    communes = campaign_selectors.units_valid_on(timezone.localdate()).filter(
        level=UnitLevel.COMMUNE
    )
    visible = permissions.unit_ids_visible_to(actor)
    if visible is not None:
        communes = communes.filter(pk__in=sorted(visible))
    return communes.order_by("name_folded", "code")


def can_create_organisations(*, actor: User | AnonymousUser) -> bool:
    """Whether the actor may add an organisation somewhere (unit managers, administrators)."""
    scope = permissions.scope_of(actor)
    if scope.is_everything:
        return True
    return bool(scope.unit_ids) and communes_for_new_organisations(actor=actor).exists()


def can_update_organisation(*, actor: User | AnonymousUser, organisation: Organisation) -> bool:
    """Whether the actor may rename an organisation: its unit's managers, its own managers."""
    scope = permissions.scope_of(actor)
    return (
        scope.is_everything
        or organisation.unit_id in scope.unit_ids
        or organisation.pk in scope.organisation_ids
    )


def create_organisation(
    *, actor: User, name: str, kind: str, unit: AdministrativeUnit
) -> Organisation:
    """Add an organisation in a commune of today within the actor's area."""
    scope = permissions.scope_of(actor)
    if not scope.is_everything and not scope.unit_ids:
        raise PermissionDeniedError(
            _("Only unit managers and administrators can add organisations.")
        )
    if not permissions.can_view_unit(actor, unit.pk):
        raise OrganisationError(_("This commune is outside your area."), field="unit")
    if unit.level != UnitLevel.COMMUNE:
        raise OrganisationError(
            _("Organisations are placed in a commune: choose a commune, not a district."),
            field="unit",
        )
    if not _is_valid_today(unit):
        raise OrganisationError(
            _("%(commune)s is not one of today's communes: choose the commune it is part of now.")
            % {"commune": unit.name},
            field="unit",
        )
    organisation = Organisation(
        name=_clean_name(name), kind=_clean_kind(kind), unit=unit, is_demo_data=False
    )
    return _save(organisation)


def update_organisation(
    *, actor: User, organisation: Organisation, name: str, kind: str
) -> Organisation:
    """Rename an organisation, or change its kind; it stays in its commune."""
    if not can_update_organisation(actor=actor, organisation=organisation):
        raise PermissionDeniedError(_("You cannot change this organisation."))
    changed = Organisation(
        pk=organisation.pk,
        name=_clean_name(name),
        kind=_clean_kind(kind),
        unit=organisation.unit,
        is_demo_data=organisation.is_demo_data,
    )
    _save(changed, update_fields=["name", "kind", "name_folded"])
    organisation.name, organisation.kind = changed.name, changed.kind
    organisation.name_folded = changed.name_folded
    return organisation


def _is_valid_today(unit: AdministrativeUnit) -> bool:
    today = timezone.localdate()
    return unit.valid_from <= today and (unit.valid_to is None or unit.valid_to >= today)


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not NAME_MIN_LENGTH <= len(cleaned) <= NAME_MAX_LENGTH:
        raise OrganisationError(
            _("Enter a name of %(min)s to %(max)s characters.")
            % {"min": NAME_MIN_LENGTH, "max": NAME_MAX_LENGTH},
            field="name",
        )
    return cleaned


def _clean_kind(kind: str) -> str:
    if kind not in Organisation.Kind.values:
        raise OrganisationError(_("Choose the kind of organisation."), field="kind")
    return kind


def _duplicate_error(organisation: Organisation, *, existing_name: str) -> OrganisationError:
    return OrganisationError(
        _("%(commune)s already has an organisation called “%(name)s”.")
        % {"commune": organisation.unit.name, "name": existing_name},
        field="name",
    )


def _save(organisation: Organisation, *, update_fields: list[str] | None = None) -> Organisation:
    """Save with the folded name, refusing a name already used in the same commune."""
    organisation.name_folded = fold(organisation.name)
    same_name = Organisation.objects.filter(
        unit_id=organisation.unit_id, name_folded=organisation.name_folded
    ).exclude(pk=organisation.pk)
    existing = same_name.first()
    if existing is not None:
        raise _duplicate_error(organisation, existing_name=existing.name)
    try:
        with transaction.atomic():
            organisation.save(update_fields=update_fields)
    except IntegrityError as error:
        # Two managers adding the same name at once: the unique (unit, name) constraint decides.
        raise _duplicate_error(organisation, existing_name=organisation.name) from error
    return organisation
