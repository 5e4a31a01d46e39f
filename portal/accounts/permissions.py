"""The one place that decides who may see whom: every view, export and API endpoint asks here.

A person's scope is the union of their grants. A unit manager's grant covers a unit subtree (any
depth, plus units across the 2025 merger wholly inside it), optionally limited to some target
groups; an organisation manager's grant covers one organisation's members. Administrators see
everything. Out-of-scope objects are reported as "not found", so ids cannot be probed.
"""

from dataclasses import dataclass
from functools import cached_property

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q, QuerySet

from portal.accounts.models import Organisation, Role, RoleAssignment, User
from portal.campaign import selectors as campaign_selectors
from portal.core.exceptions import NotFoundError

EDITORS_GROUP = "Editors"
MODERATORS_GROUP = "Moderators"


@dataclass(frozen=True, slots=True)
class Grant:
    """One reach of a scope: a set of units (with optional group limit) or one organisation."""

    label: str
    unit_ids: frozenset[int] = frozenset()
    target_group_ids: frozenset[int] = frozenset()
    organisation_id: int | None = None


@dataclass(frozen=True)
class Scope:
    """Everything a person may see of other people's data."""

    is_everything: bool
    grants: tuple[Grant, ...] = ()

    @property
    def is_empty(self) -> bool:
        """No reach at all: a learner, an editor."""
        return not self.is_everything and not self.grants

    @cached_property
    def unit_ids(self) -> frozenset[int]:
        """Every unit any grant reaches (a manager's page asks for it once per unit shown)."""
        return frozenset().union(*(grant.unit_ids for grant in self.grants))

    @cached_property
    def organisation_ids(self) -> frozenset[int]:
        """Every organisation a grant names."""
        return frozenset(g.organisation_id for g in self.grants if g.organisation_id is not None)

    @property
    def label(self) -> str:
        """How the audit log records this scope."""
        if self.is_everything:
            return "all units"
        return "; ".join(grant.label for grant in self.grants)

    def people_filter(self, prefix: str = "") -> Q:
        """A Q over people (or rows with a person at prefix) limited to this scope."""
        if self.is_everything:
            return Q()
        condition = Q(pk__in=[])
        for grant in self.grants:
            if grant.organisation_id is not None:
                condition |= Q(**{f"{prefix}organisation_id": grant.organisation_id})
                continue
            part = Q(**{f"{prefix}unit_id__in": sorted(grant.unit_ids)})
            if grant.target_group_ids:
                part &= Q(**{f"{prefix}target_group_id__in": sorted(grant.target_group_ids)})
            condition |= part
        return condition

    def reaches(
        self, *, unit_id: int | None, target_group_id: int | None, organisation_id: int | None
    ) -> bool:
        """Whether a person placed so is in this scope: people_filter's rule, in Python."""
        if self.is_everything:
            return True
        for grant in self.grants:
            if grant.organisation_id is not None:
                if organisation_id == grant.organisation_id:
                    return True
                continue
            if unit_id in grant.unit_ids and (
                not grant.target_group_ids or target_group_id in grant.target_group_ids
            ):
                return True
        return False


_NOTHING = Scope(is_everything=False)
_EVERYTHING = Scope(is_everything=True)


def scope_of(user: User | AnonymousUser) -> Scope:
    """The scope of a person's grants, computed once per request (kept on the user object)."""
    if not user.is_authenticated or not user.is_active:
        return _NOTHING
    assert isinstance(user, User)  # noqa: S101 - an authenticated person is always a User
    cached: Scope | None = getattr(user, "_portal_scope", None)
    if cached is not None:
        return cached
    if user.is_superuser:
        scope = _EVERYTHING
    else:
        grants = []
        assignments = RoleAssignment.objects.filter(user=user).select_related(
            "unit", "organisation"
        )
        for assignment in assignments.prefetch_related("target_groups"):
            if assignment.role == Role.UNIT_MANAGER and assignment.unit is not None:
                groups = frozenset(group.pk for group in assignment.target_groups.all())
                label = f"unit {assignment.unit.code} {assignment.unit.name}"
                if groups:
                    codes = ",".join(sorted(g.code for g in assignment.target_groups.all()))
                    label += f" [{codes}]"
                grants.append(
                    Grant(
                        label=label,
                        unit_ids=frozenset(campaign_selectors.managed_unit_ids(assignment.unit)),
                        target_group_ids=groups,
                    )
                )
            elif assignment.organisation is not None:
                grants.append(
                    Grant(
                        label=f"organisation {assignment.organisation.pk} "
                        f"{assignment.organisation.name}",
                        organisation_id=assignment.organisation.pk,
                    )
                )
        scope = Scope(is_everything=False, grants=tuple(grants))
    user._portal_scope = scope  # type: ignore[attr-defined]
    return scope


def can_manage_people(user: User | AnonymousUser) -> bool:
    """Whether the person manages anyone (unit or organisation manager, administrator)."""
    return not scope_of(user).is_empty


def can_view_audit_log(user: User | AnonymousUser) -> bool:
    """Only system administrators read the audit log."""
    return bool(user.is_authenticated and user.is_active and user.is_superuser)


def is_news_staff(user: User | AnonymousUser) -> bool:
    """Editors and moderators of the portal's news."""
    if not user.is_authenticated:
        return False
    return user.groups.filter(name__in=[EDITORS_GROUP, MODERATORS_GROUP]).exists()


def needs_second_factor(user: User | AnonymousUser) -> bool:
    """Staff (news, managers, administrators) must sign in with a TOTP code as well."""
    if not user.is_authenticated:
        return False
    return bool(user.is_staff or user.is_superuser or can_manage_people(user)) or is_news_staff(
        user
    )


def people_visible_to(user: User | AnonymousUser) -> QuerySet[User]:
    """The people whose personal data the user may see (never erased accounts)."""
    scope = scope_of(user)
    if scope.is_empty:
        return User.objects.none()
    return User.objects.filter(scope.people_filter(), erased_at__isnull=True)


def person_for(user: User | AnonymousUser, person_id: int) -> User:
    """One person the user may see, or NotFoundError (also when out of scope)."""
    person = (
        people_visible_to(user)
        .select_related("unit", "unit__parent", "target_group", "organisation")
        .filter(pk=person_id)
        .first()
    )
    if person is None:
        raise NotFoundError("no such person")
    return person


def organisations_visible_to(user: User | AnonymousUser) -> QuerySet[Organisation]:
    """Organisations the user may see: those they manage and those placed in their units."""
    scope = scope_of(user)
    if scope.is_everything:
        return Organisation.objects.all()
    if scope.is_empty:
        return Organisation.objects.none()
    return Organisation.objects.filter(
        Q(pk__in=sorted(scope.organisation_ids)) | Q(unit_id__in=sorted(scope.unit_ids))
    )


def organisation_for(user: User | AnonymousUser, organisation_id: int) -> Organisation:
    """One organisation the user may see, or NotFoundError."""
    organisation = (
        organisations_visible_to(user).select_related("unit").filter(pk=organisation_id).first()
    )
    if organisation is None:
        raise NotFoundError("no such organisation")
    return organisation


def unit_ids_visible_to(user: User | AnonymousUser) -> frozenset[int] | None:
    """Units whose figures the user may see; None means every unit."""
    scope = scope_of(user)
    if scope.is_everything:
        return None
    return scope.unit_ids


def can_view_unit(user: User | AnonymousUser, unit_id: int) -> bool:
    """Whether the user may see a unit's figures."""
    visible = unit_ids_visible_to(user)
    return visible is None or unit_id in visible
