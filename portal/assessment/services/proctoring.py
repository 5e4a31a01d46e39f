"""Proctored sessions: a manager opens a sitting for a training room and hands out its code."""

import secrets
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.accounts import permissions
from portal.accounts.models import Organisation, User
from portal.assessment import selectors
from portal.assessment.models import ProctoredSession
from portal.campaign.models import AdministrativeUnit
from portal.core.exceptions import DomainError, NotFoundError

# No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a code read aloud in a noisy room should not be misheard.
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 6
MAX_DURATION = timedelta(hours=12)


class SessionError(DomainError):
    """A proctored session cannot be opened or changed as asked."""


def _new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def can_open_sessions(user: User) -> bool:
    """Unit and organisation managers (and administrators) run proctored sessions."""
    return permissions.can_manage_people(user)


def open_session(
    *,
    user: User,
    title: str,
    place: str,
    unit: AdministrativeUnit | None,
    organisation: Organisation | None,
    opens_at: datetime,
    duration: timedelta,
) -> ProctoredSession:
    """Open a session in a unit (or organisation) of the manager's scope, with a fresh code."""
    scope = permissions.scope_of(user)
    if organisation is not None:
        # An organisation's session sits in the organisation's own commune.
        unit = organisation.unit
        allowed = scope.is_everything or organisation.pk in scope.organisation_ids
        allowed = allowed or organisation.unit_id in scope.unit_ids
    else:
        allowed = unit is not None and (scope.is_everything or unit.pk in scope.unit_ids)
    if not allowed or unit is None:
        raise NotFoundError(_("No such unit or organisation."))
    if not timedelta(minutes=15) <= duration <= MAX_DURATION:
        raise SessionError(_("A session lasts from 15 minutes to 12 hours."))
    if opens_at < timezone.now() - timedelta(minutes=5):
        raise SessionError(_("A session cannot start in the past."))
    for _attempt in range(10):
        try:
            with transaction.atomic():
                return ProctoredSession.objects.create(
                    code=_new_code(),
                    title=title.strip(),
                    place=place.strip(),
                    unit=unit,
                    organisation=organisation,
                    opened_by=user,
                    opens_at=opens_at,
                    closes_at=opens_at + duration,
                )
        except IntegrityError:
            continue
    raise SessionError(_("No free session code was found; please try again."))


def close_session(*, user: User, session_id: int) -> ProctoredSession:
    """End a session now: codes stop working; results finished from now on are not confirmed."""
    session = selectors.session_for(user, session_id)
    if session.closed_at is None:
        session.closed_at = timezone.now()
        session.save(update_fields=["closed_at"])
    return session
