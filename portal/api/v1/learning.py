"""Learning endpoints for the citizen app and partners: the catalogue, a course's outline,
learning paths, enrolment, one's own progress and progress recorded offline, certificate
verification, and the learning records (xAPI) for a learning record store."""

import base64
import binascii
import uuid
from datetime import UTC, date, datetime
from typing import Any, Literal
from urllib.parse import urlencode

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Field, Query, Router, Schema, Status
from ninja.errors import HttpError, ValidationError
from wagtail.rich_text import expand_db_html

from portal.accounts.models import User
from portal.api.v1.accounts import SIGNED_IN, ErrorOut, RecordId, person_of
from portal.campaign import selectors as campaign_selectors
from portal.core.exceptions import NotFoundError
from portal.learning import selectors
from portal.learning.domain import offline_events
from portal.learning.models import Certificate, CoursePage, Enrolment, LearningPath
from portal.learning.selectors import xapi as selectors_xapi
from portal.learning.services import progress

router = Router()

NO_CATALOGUE = "There is no course catalogue yet."
NO_COURSE = "no such course"
NO_RECORDS_ROLE = "Only administrators and managers of a whole province may read learning records."
XAPI_VERSION = "1.0.3"


# Catalogue ---------------------------------------------------------------------------------


class CatalogueFilters(Schema):
    group: str | None = Field(None, max_length=20, description="Target group code, e.g. adults.")
    competence: str | None = Field(
        None, max_length=10, description="Competence code of the framework, e.g. 1.1."
    )
    level: int | None = Field(None, ge=1, le=8, description="Proficiency level, 1 to 8.")
    q: str | None = Field(
        None,
        max_length=200,
        description="Words to search courses and their lessons for; diacritics and case are "
        "ignored ('lua dao' finds 'lừa đảo').",
    )
    page: int = Field(1, ge=1, le=10_000, description=f"{selectors.CATALOG_PAGE_SIZE} a page.")


class CompetenceRef(Schema):
    code: str
    name: str


class CourseOut(Schema):
    id: int
    title: str
    slug: str
    url: str
    summary: str
    level: int
    duration_minutes: int
    language: str
    competences: list[CompetenceRef]
    target_groups: list[str] = Field(description="Target group codes.")
    lesson_count: int
    issues_certificate: bool


class CataloguePageOut(Schema):
    count: int
    page: int
    page_size: int
    pages: int
    items: list[CourseOut]


class LessonOut(Schema):
    id: int
    title: str
    kind: str = Field(description="lesson (reading), quiz or scorm")
    url: str
    duration_minutes: int | None


class ModuleOut(Schema):
    id: int
    title: str
    summary: str
    lessons: list[LessonOut]


class CourseDetailOut(CourseOut):
    description_html: str
    modules: list[ModuleOut]
    paths: list[str] = Field(description="Slugs of the learning paths the course is part of.")


def _course(course: CoursePage, lesson_count: int) -> dict[str, Any]:
    return {
        "id": course.pk,
        "title": course.title,
        "slug": course.slug,
        "url": course.url or "",
        "summary": course.summary,
        "level": course.level,
        "duration_minutes": course.duration_minutes,
        "language": course.language,
        "competences": [{"code": c.code, "name": c.name_vi} for c in course.competences.all()],
        "target_groups": [group.code for group in course.target_groups.all()],
        "lesson_count": lesson_count,
        "issues_certificate": course.issues_certificate,
    }


def _live_course(course_id: int) -> CoursePage:
    course = CoursePage.objects.live().filter(pk=course_id).first()
    if course is None:
        raise NotFoundError(NO_COURSE)
    return course


@router.get(
    "/courses",
    response={200: CataloguePageOut, 404: ErrorOut, 422: ErrorOut},
    summary="The course catalogue",
)
def list_courses(request: HttpRequest, filters: Query[CatalogueFilters]) -> dict[str, Any]:
    """Published courses in catalogue order, or best match first when q is given; the same
    filters as the catalogue page."""
    catalog = selectors.catalog_page()
    if catalog is None:
        raise NotFoundError(NO_CATALOGUE)
    params = {
        key: str(value) for key, value in filters.dict(exclude_none=True).items() if value != ""
    }
    context = selectors.catalog_context(catalog=catalog, params=params)
    page = context["course_page"]
    return {
        "count": page.paginator.count,
        "page": page.number,
        "page_size": page.paginator.per_page,
        "pages": page.paginator.num_pages,
        "items": [_course(card.course, card.lesson_count) for card in context["cards"]],
    }


@router.get(
    "/courses/{course_id}",
    response={200: CourseDetailOut, 404: ErrorOut, 422: ErrorOut},
    summary="One course with its modules and lessons",
)
def get_course(request: HttpRequest, course_id: RecordId) -> dict[str, Any]:
    """A published course: what it teaches, its modules and lessons in reading order."""
    course = _live_course(course_id)
    outline = selectors.course_outline(course, AnonymousUser())
    modules = [
        {
            "id": row.module.pk,
            "title": row.module.title,
            "summary": row.module.summary,
            "lessons": [
                {
                    "id": item.lesson.pk,
                    "title": item.lesson.title,
                    "kind": getattr(item.lesson, "lesson_kind", "lesson"),
                    "url": item.lesson.url or "",
                    "duration_minutes": getattr(item.lesson, "duration_minutes", None),
                }
                for item in row.lessons
            ],
        }
        for row in outline
    ]
    data = _course(course, sum(len(row["lessons"]) for row in modules))
    data.update(
        description_html=expand_db_html(course.description or ""),
        modules=modules,
        paths=list(
            LearningPath.objects.filter(is_active=True, path_courses__course=course)
            .distinct()
            .values_list("slug", flat=True)
        ),
    )
    return data


# Learning paths ----------------------------------------------------------------------------


class PathFilters(Schema):
    group: str | None = Field(None, max_length=30, description="Target group code.")


class CourseRef(Schema):
    id: int
    title: str
    url: str


class PathOut(Schema):
    slug: str
    title: str
    title_en: str
    target_group: str
    description: str
    courses: list[CourseRef] = Field(description="In the order to take them.")
    final_quiz: CourseRef | None


@router.get(
    "/paths", response={200: list[PathOut], 422: ErrorOut}, summary="Learning paths per group"
)
def list_paths(request: HttpRequest, filters: Query[PathFilters]) -> list[dict[str, Any]]:
    """The basic set of courses each target group needs, with its final quiz."""
    group_id = None
    if filters.group:
        group = campaign_selectors.target_group_by_code(filters.group)
        if group is None:
            raise ValidationError([{"loc": ("query", "group"), "msg": "no such target group"}])
        group_id = group.pk
    paths = selectors.paths_for_group(group_id).select_related("target_group", "final_quiz")
    return [
        {
            "slug": path.slug,
            "title": path.title,
            "title_en": path.title_en,
            "target_group": path.target_group.code,
            "description": path.description,
            "courses": [
                {"id": link.course.pk, "title": link.course.title, "url": link.course.url or ""}
                for link in sorted(path.path_courses.all(), key=lambda link: link.sort_order)
                if link.course.live
            ],
            "final_quiz": (
                {
                    "id": path.final_quiz.pk,
                    "title": path.final_quiz.title,
                    "url": path.final_quiz.url or "",
                }
                if path.final_quiz is not None and path.final_quiz.live
                else None
            ),
        }
        for path in paths
    ]


# Enrolment and progress --------------------------------------------------------------------


class EnrolmentOut(Schema):
    course: CourseRef
    origin: str = Field(description="self or assigned")
    enrolled_at: datetime
    last_active_at: datetime | None
    lessons_completed: int
    lessons_total: int
    percent: int
    completed_at: datetime | None
    certificate_code: str | None = Field(description="Verify it at /certificates/{code}.")


def _enrolment(enrolment: Enrolment, certificates: dict[int, str]) -> dict[str, Any]:
    course = enrolment.course
    return {
        "course": {"id": course.pk, "title": course.title, "url": course.url or ""},
        "origin": enrolment.origin,
        "enrolled_at": enrolment.enrolled_at,
        "last_active_at": enrolment.last_active_at,
        "lessons_completed": enrolment.lessons_completed,
        "lessons_total": enrolment.lessons_total,
        "percent": enrolment.progress_percent,
        "completed_at": enrolment.completed_at,
        "certificate_code": certificates.get(course.pk),
    }


def _certificate_codes(person: User) -> dict[int, str]:
    rows = Certificate.objects.filter(person=person, course__isnull=False)
    return dict(rows.values_list("course_id", "code"))


@router.post(
    "/courses/{course_id}/enrolment",
    auth=SIGNED_IN,
    response={200: EnrolmentOut, 201: EnrolmentOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Enrol in a course",
)
def enrol(request: HttpRequest, course_id: RecordId) -> Any:
    """Enrols the signed-in person (201), or returns the enrolment they have (200)."""
    person = person_of(request)
    course = _live_course(course_id)
    before = Enrolment.objects.filter(person=person, course=course).exists()
    enrolment = progress.enrol(person=person, course=course)
    return Status(200 if before else 201, _enrolment(enrolment, _certificate_codes(person)))


@router.get(
    "/me/progress",
    auth=SIGNED_IN,
    response={200: list[EnrolmentOut], 401: ErrorOut},
    summary="My courses and progress",
)
def my_progress(request: HttpRequest) -> list[dict[str, Any]]:
    """The signed-in person's enrolments: current ones first, most recently active first."""
    person = person_of(request)
    enrolments = (
        Enrolment.objects.filter(person=person)
        .select_related("course")
        .order_by("completed_at", "-last_active_at", "-enrolled_at")
    )
    certificates = _certificate_codes(person)
    return [_enrolment(enrolment, certificates) for enrolment in enrolments]


class EventIn(Schema):
    id: str = Field(max_length=40, description="A UUID made on the phone; resending is safe.")
    type: Literal["lesson_completed"] = "lesson_completed"
    lesson_id: int = Field(ge=1, le=2_147_483_647)
    course_id: int | None = Field(None, ge=1, le=2_147_483_647)
    occurred_at: datetime | None = Field(
        None, description="When it happened on the phone; at most 60 days back, else now."
    )


class EventsIn(Schema):
    events: list[EventIn] = Field(max_length=offline_events.MAX_EVENTS)


class RejectedOut(Schema):
    id: str
    reason: str


class SyncOut(Schema):
    applied: int
    duplicates: int = Field(description="Sent before: already applied, not counted again.")
    accepted: list[str] = Field(description="Ids the phone may now forget.")
    rejected: list[RejectedOut]


@router.post(
    "/me/progress-events",
    auth=SIGNED_IN,
    response={200: SyncOut, 401: ErrorOut, 422: ErrorOut},
    summary="Send progress recorded offline",
)
def progress_events(request: HttpRequest, payload: EventsIn) -> dict[str, Any]:
    """Applies lessons completed offline; each event once, however often it is sent."""
    person = person_of(request)
    events = [
        offline_events.service_event(
            {
                "id": event.id,
                "type": event.type,
                "lesson_id": event.lesson_id,
                "occurred_at": event.occurred_at.isoformat() if event.occurred_at else "",
            }
        )
        for event in payload.events
    ]
    report = progress.sync_offline_events(person=person, events=events)
    return {
        "applied": report.applied,
        "duplicates": report.duplicates,
        "accepted": offline_events.accepted_ids(events, report.rejected),
        "rejected": report.rejected,
    }


# Certificates ------------------------------------------------------------------------------


class CertificateOut(Schema):
    code: str
    holder_name: str
    course_title: str
    issuer_name: str
    issued_on: date
    status: str = Field(description="valid or revoked")
    revoked_at: datetime | None
    revocation_reason: str


@router.get(
    "/certificates/{code}",
    response={200: CertificateOut, 404: ErrorOut},
    summary="Verify a certificate",
)
def verify_certificate(request: HttpRequest, code: str) -> Certificate:
    """Anyone can check a certificate by the code printed on it (case is ignored)."""
    certificate = None
    if len(code) <= 40:
        certificate = Certificate.objects.filter(code__iexact=code.strip()).first()
    if certificate is None:
        raise NotFoundError("No certificate has this code. Check the code printed on it.")
    return certificate


# Learning records (xAPI) -------------------------------------------------------------------


class StatementFilters(Schema):
    since: datetime | None = Field(
        None, description="Only statements stored after this time (exclusive); UTC if no offset."
    )
    until: datetime | None = Field(
        None, description="Only statements stored up to this time (inclusive)."
    )
    limit: int = Field(100, ge=0, le=1000, description="At most this many; 0 means 1000.")
    cursor: str | None = Field(None, max_length=200, description="From the 'more' address.")


class StatementResultOut(Schema):
    statements: list[dict[str, Any]]
    more: str = Field(description="Address of the next page; empty when there is none.")


def _aware(moment: datetime | None, name: str = "since") -> datetime | None:
    """The moment in UTC (no offset given: UTC); 422 for one the database cannot hold."""
    if moment is None:
        return None
    if timezone.is_naive(moment):
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except OverflowError as error:
        raise ValidationError([{"loc": ("query", name), "msg": "out of range"}]) from error


def _cursor(key: tuple[datetime, uuid.UUID]) -> str:
    text = f"{key[0].isoformat()}|{key[1]}"
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _after(cursor: str | None) -> tuple[datetime, uuid.UUID] | None:
    """The (stored_at, id) key a cursor of ours holds; 422 for anything else."""
    if not cursor:
        return None
    bad = ValidationError([{"loc": ("query", "cursor"), "msg": "not a cursor this API gave"}])
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        moment, statement_id = text.split("|")
        stored_at = datetime.fromisoformat(moment)
        if timezone.is_naive(stored_at):
            raise bad
        return stored_at.astimezone(UTC), uuid.UUID(statement_id)
    except (binascii.Error, UnicodeDecodeError, ValueError, OverflowError) as error:
        raise bad from error


def _records_reader(request: HttpRequest) -> User:
    person = person_of(request)
    if not selectors_xapi.can_read_learning_records(person):
        raise HttpError(403, NO_RECORDS_ROLE)
    return person


@router.get(
    "/xapi/statements",
    auth=SIGNED_IN,
    response={200: StatementResultOut, 401: ErrorOut, 403: ErrorOut, 422: ErrorOut},
    summary="Learning records as xAPI statements",
)
def list_statements(
    request: HttpRequest, response: HttpResponse, filters: Query[StatementFilters]
) -> dict[str, Any]:
    """xAPI 1.0.3 statements in the order they were stored, as an xAPI StatementResult, for a
    learning record store. Learners appear as opaque account numbers. Administrators read
    all; a province manager the statements of the people in their scope."""
    reader = _records_reader(request)
    since, until = _aware(filters.since), _aware(filters.until, "until")
    statements = selectors_xapi.statements_visible_to(reader, since=since, until=until)
    limit = filters.limit or 1000
    page = selectors_xapi.statement_page(statements, after=_after(filters.cursor), limit=limit)
    more = ""
    if page.next_key is not None:
        query = {"limit": limit, "cursor": _cursor(page.next_key)}
        if since is not None:
            query["since"] = since.isoformat()
        if until is not None:
            query["until"] = until.isoformat()
        more = f"{request.path}?{urlencode(query)}"
    response["X-Experience-API-Version"] = XAPI_VERSION
    return {"statements": page.statements, "more": more}
