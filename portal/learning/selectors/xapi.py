"""Reads of the learning records (xAPI statements) for a learning record store: in the order
they were stored, by time window, a page at a time, and who may read them.

Statements name the learner by an opaque account number only (see domain/xapi.py), so an
export carries no name, phone or e-mail (Decree 13/2023/NĐ-CP); they still describe what
a person did, so only administrators and province-level managers read them, and a manager
only those of the people in their scope.
"""

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q, QuerySet

from portal.accounts import permissions
from portal.accounts.models import Role, RoleAssignment, User
from portal.campaign.models import UnitLevel
from portal.learning.models import LearningStatement


def can_read_learning_records(user: User | AnonymousUser) -> bool:
    """Administrators, and managers of a whole province."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    return RoleAssignment.objects.filter(
        user_id=user.pk, role=Role.UNIT_MANAGER, unit__level=UnitLevel.PROVINCE
    ).exists()


def statements_stored(
    *, since: datetime | None = None, until: datetime | None = None
) -> QuerySet[LearningStatement]:
    """Every statement stored after ``since`` (exclusive, as xAPI's "since") and up to
    ``until`` (inclusive), in stored order."""
    statements = LearningStatement.objects.order_by("stored_at", "id")
    if since is not None:
        statements = statements.filter(stored_at__gt=since)
    if until is not None:
        statements = statements.filter(stored_at__lte=until)
    return statements


def statements_visible_to(
    user: User | AnonymousUser, *, since: datetime | None = None, until: datetime | None = None
) -> QuerySet[LearningStatement]:
    """The statements of the people in the user's scope (none without the right role)."""
    statements = statements_stored(since=since, until=until)
    if not can_read_learning_records(user):
        return statements.none()
    scope = permissions.scope_of(user)
    if scope.is_everything:
        return statements
    return statements.filter(scope.people_filter("person__"))


@dataclass(frozen=True, slots=True)
class StatementPage:
    statements: list[dict[str, object]]
    next_key: tuple[datetime, uuid.UUID] | None


def statement_page(
    statements: QuerySet[LearningStatement],
    *,
    after: tuple[datetime, uuid.UUID] | None,
    limit: int,
) -> StatementPage:
    """One page of statement bodies after a (stored_at, id) key; the key to the next page, if
    there is more."""
    if after is not None:
        stored_at, statement_id = after
        statements = statements.filter(
            Q(stored_at__gt=stored_at) | Q(stored_at=stored_at, id__gt=statement_id)
        )
    rows = list(statements.values_list("stored_at", "id", "statement")[: limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    return StatementPage(
        statements=[row[2] for row in rows],
        next_key=(rows[-1][0], rows[-1][1]) if more and rows else None,
    )


def statement_bodies(statements: QuerySet[LearningStatement]) -> Iterator[dict[str, object]]:
    """Every statement body, streamed from the database in chunks (exports of millions)."""
    yield from statements.values_list("statement", flat=True).iterator(chunk_size=2000)
