"""Learning records: every learning event stored as an xAPI statement."""

import uuid
from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import Page

from portal.accounts.models import User
from portal.learning.domain import xapi
from portal.learning.models import CoursePage, LearningStatement


def activity_of(page: Page) -> xapi.Activity:
    """The xAPI activity of a course page or lesson: a stable address on this site."""
    specific = page.specific_deferred if type(page) is Page else page
    kind = "course" if isinstance(specific, CoursePage) else getattr(specific, "lesson_kind", "")
    return xapi.Activity(
        iri=f"{settings.SITE_URL}/xapi/activities/page/{page.pk}",
        kind=kind or "lesson",
        name=page.title,
    )


def record_statement(
    *,
    person: User,
    verb: str,
    page: Page,
    course: CoursePage | None = None,
    result: dict[str, object] | None = None,
    statement_id: uuid.UUID | None = None,
    timestamp: datetime | None = None,
) -> LearningStatement:
    """Store one statement; a statement id seen before returns the stored one unchanged."""
    statement_id = statement_id or uuid.uuid4()
    existing = LearningStatement.objects.filter(pk=statement_id).first()
    if existing is not None:
        return existing
    when = timestamp or timezone.now()
    body = xapi.statement(
        statement_id=str(statement_id),
        site_url=settings.SITE_URL,
        actor_number=str(person.pk),
        verb=verb,
        activity=activity_of(page),
        course=activity_of(course) if course is not None else None,
        timestamp=when,
        result=result,
    )
    try:
        with transaction.atomic():
            return LearningStatement.objects.create(
                id=statement_id,
                person=person,
                verb=verb,
                course=course,
                object_page=page,
                statement=body,
                timestamp=when,
            )
    except IntegrityError:
        # The same offline event arrived twice at once: the first one stands.
        return LearningStatement.objects.get(pk=statement_id)


def statement_exists(statement_id: uuid.UUID) -> bool:
    return LearningStatement.objects.filter(pk=statement_id).exists()
