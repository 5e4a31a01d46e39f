"""People endpoints: the signed-in person's own profile, and the people and organisations a
manager may see. Who sees whom is decided by portal.accounts.permissions, nowhere else."""

from datetime import date
from typing import Annotated, Any

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.pagination import PageNumberPagination, paginate
from ninja.security import SessionAuth
from wagtail.api.v3.auth import BearerTokenAuth
from wagtail.models import APIToken

from portal.accounts import audit, permissions
from portal.accounts import selectors as accounts_selectors
from portal.accounts.models import AuditEntry, Organisation, RoleAssignment, User
from portal.campaign import selectors as campaign_selectors
from portal.core.exceptions import NotFoundError

router = Router()

# Ids are 32-bit in every supported database; larger numbers would overflow the query.
RecordId = Annotated[int, Field(ge=1, le=2_147_483_647)]

NOT_SIGNED_IN = "Sign in, or send 'Authorization: Bearer <personal access token>'."
BAD_TOKEN = "The access token is unknown, revoked, or belongs to an account that is closed."  # noqa: S105
NO_SCOPE = "Only unit managers, organisation managers and administrators may see other people."


def _is_open(user: User | AnonymousUser) -> bool:
    """An account that may still use the API: signed in, active, not erased."""
    return bool(
        user.is_authenticated and user.is_active and getattr(user, "erased_at", None) is None
    )


class PersonalTokenAuth(BearerTokenAuth):
    """Wagtail's personal access tokens, refusing erased accounts and saying why."""

    def authenticate(self, request: HttpRequest, token: str) -> APIToken:
        """The token row, with request.user set to its owner; 401 with a reason otherwise."""
        api_token: APIToken | None = super().authenticate(request, token)
        if api_token is None or not _is_open(request.user):
            request.user = AnonymousUser()
            raise AuthenticationError(message=BAD_TOKEN)
        return api_token


class PersonSessionAuth(SessionAuth):
    """The browser session, for a person signed in to the portal; the last resort, so it is
    the one that explains what is missing."""

    def authenticate(self, request: HttpRequest, key: str | None) -> User:
        """The signed-in person; 401 with a reason otherwise."""
        return person_of(request)


# A bearer token wins over a session cookie; a bad token never falls back to the cookie.
SIGNED_IN = [PersonalTokenAuth(), PersonSessionAuth()]


class Pages(PageNumberPagination):
    """Page-number pagination with bounds, so a huge page number is a 422, not an overflow."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=10_000)
        page_size: int | None = Field(None, ge=1, le=100, description="Default 20.")


def person_of(request: HttpRequest) -> User:
    """The signed-in person with an open account; 401 with a reason otherwise."""
    user = request.user
    if not isinstance(user, User) or not _is_open(user):
        raise AuthenticationError(message=NOT_SIGNED_IN)
    return user


def manager_of(request: HttpRequest) -> User:
    """The person, who must manage someone; 403 with a reason otherwise."""
    user = person_of(request)
    if not permissions.can_manage_people(user):
        raise HttpError(403, NO_SCOPE)
    return user


class ErrorOut(Schema):
    detail: str


class UnitRef(Schema):
    id: int
    code: str
    name: str


class OrganisationRef(Schema):
    id: int
    name: str


class RoleOut(Schema):
    role: str = Field(description="unit_manager or organisation_manager")
    unit: UnitRef | None
    organisation: OrganisationRef | None
    target_groups: list[str] = Field(description="Codes; empty means every group.")

    @staticmethod
    def resolve_target_groups(assignment: RoleAssignment) -> list[str]:
        return sorted(group.code for group in assignment.target_groups.all())


class PersonOut(Schema):
    id: int
    full_name: str
    phone: str | None = Field(description="E.164, e.g. +84912345678")
    email: str | None
    unit: UnitRef | None
    target_group: str | None = Field(description="Target group code")
    organisation_id: int | None

    @staticmethod
    def resolve_phone(person: User) -> str | None:
        return person.phone or None

    @staticmethod
    def resolve_email(person: User) -> str | None:
        return person.email or None

    @staticmethod
    def resolve_target_group(person: User) -> str | None:
        return person.target_group.code if person.target_group is not None else None


class PersonDetailOut(PersonOut):
    birth_year: int | None
    organisation: OrganisationRef | None
    citizen_id_masked: str | None = Field(description="Only the last three digits are kept.")
    phone_verified: bool
    email_verified: bool
    registered_on: date

    @staticmethod
    def resolve_citizen_id_masked(person: User) -> str | None:
        return person.citizen_id_masked or None

    @staticmethod
    def resolve_phone_verified(person: User) -> bool:
        return person.phone_verified_at is not None

    @staticmethod
    def resolve_email_verified(person: User) -> bool:
        return person.email_verified_at is not None

    @staticmethod
    def resolve_registered_on(person: User) -> date:
        return timezone.localdate(person.date_joined)


class MeOut(PersonDetailOut):
    roles: list[RoleOut]

    @staticmethod
    def resolve_roles(person: User) -> list[RoleAssignment]:
        return accounts_selectors.role_assignments_of(person)


class PeopleFilters(Schema):
    q: str | None = Field(
        None, max_length=100, description="Part of a name, phone number or e-mail."
    )
    target_group: str | None = Field(None, max_length=30, description="Target group code.")
    unit: RecordId | None = Field(
        None,
        description="Unit id: people of this unit, the units below it, and the units on the "
        "other side of the 2025 merger wholly inside it.",
    )


class OrganisationOut(Schema):
    id: int
    name: str
    kind: str
    unit: UnitRef


@router.get("/me", auth=SIGNED_IN, response={200: MeOut, 401: ErrorOut}, summary="My own profile")
def get_me(request: HttpRequest) -> User:
    """The signed-in person's own profile and roles."""
    return person_of(request)


@router.get(
    "/people",
    auth=SIGNED_IN,
    response={200: list[PersonOut], 401: ErrorOut, 403: ErrorOut, 404: ErrorOut},
    summary="People I manage",
)
@paginate(Pages)
def list_people(request: HttpRequest, filters: Query[PeopleFilters]) -> Any:
    """People in the caller's scope, by name; each listing is written to the audit log."""
    manager = manager_of(request)
    group = None
    if filters.target_group:
        group = campaign_selectors.target_group_by_code(filters.target_group)
        if group is None:
            raise ValidationError(
                [{"loc": ("query", "target_group"), "msg": "no such target group code"}]
            )
    unit_ids = None
    if filters.unit is not None:
        unit = campaign_selectors.unit_by_id(filters.unit)
        if unit is None or not permissions.can_view_unit(manager, unit.pk):
            raise NotFoundError("no such unit")
        unit_ids = campaign_selectors.managed_unit_ids(unit)
    people = accounts_selectors.people_matching(
        permissions.people_visible_to(manager),
        query=filters.q or "",
        target_group=group,
        unit_ids=unit_ids,
    )
    audit.record(
        actor=manager,
        action=AuditEntry.Action.PEOPLE_LISTED,
        target="api people",
        request=request,
        detail=filters.dict(exclude_none=True),
    )
    return people


@router.get(
    "/people/{person_id}",
    auth=SIGNED_IN,
    response={200: PersonDetailOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="One person I manage",
)
def get_person(request: HttpRequest, person_id: RecordId) -> User:
    """One person in the caller's scope (404 when out of scope); written to the audit log."""
    manager = manager_of(request)
    person = permissions.person_for(manager, person_id)
    audit.record(
        actor=manager,
        action=AuditEntry.Action.PERSON_VIEWED,
        target=f"person {person.pk}",
        request=request,
    )
    return person


@router.get(
    "/organisations",
    auth=SIGNED_IN,
    response={200: list[OrganisationOut], 401: ErrorOut, 403: ErrorOut},
    summary="Organisations I manage or that are in my units",
)
@paginate(Pages)
def list_organisations(request: HttpRequest) -> Any:
    """Organisations in the caller's scope, by name."""
    manager = manager_of(request)
    return permissions.organisations_visible_to(manager).select_related("unit")


@router.get(
    "/organisations/{organisation_id}",
    auth=SIGNED_IN,
    response={200: OrganisationOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="One organisation",
)
def get_organisation(request: HttpRequest, organisation_id: RecordId) -> Organisation:
    """One organisation in the caller's scope (404 when out of scope)."""
    return permissions.organisation_for(manager_of(request), organisation_id)
