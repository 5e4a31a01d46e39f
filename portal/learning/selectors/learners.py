"""A learner's own learning, learning paths, what to learn next, and an organisation's uptake."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet
from wagtail.models import Page

from portal.accounts.models import User
from portal.learning.models import (
    CoursePage,
    Enrolment,
    LearningPath,
)
from portal.learning.selectors.courses import course_outline, enrolment_of, next_lesson_in


def paths_for_group(target_group_id: int | None) -> QuerySet[LearningPath]:
    paths = LearningPath.objects.filter(is_active=True).prefetch_related("path_courses")
    if target_group_id is not None:
        paths = paths.filter(target_group_id=target_group_id)
    return paths


def completed_course_ids(*, person_id: int, course_ids: Iterable[int]) -> set[int]:
    return set(
        Enrolment.objects.filter(
            person_id=person_id, course_id__in=list(course_ids), completed_at__isnull=False
        ).values_list("course_id", flat=True)
    )


def my_learning(person: User) -> dict[str, Any]:
    from portal.learning.selectors.certificates import certificates_of

    enrolments = list(
        Enrolment.objects.filter(person=person)
        .select_related("course", "last_lesson", "course__image")
        .order_by("completed_at", "-last_active_at", "-enrolled_at")
    )
    paths = []
    for path in paths_for_group(person.target_group_id).select_related("final_quiz"):
        course_ids = [link.course_id for link in path.path_courses.all()]
        done = completed_course_ids(person_id=person.pk, course_ids=course_ids)
        paths.append({"path": path, "done": len(done), "total": len(course_ids), "done_ids": done})
    return {
        "current": [e for e in enrolments if e.completed_at is None],
        "completed": [e for e in enrolments if e.completed_at is not None],
        "paths": paths,
        "certificates": certificates_of(person),
    }


def courses_for_competences(codes: Sequence[str], *, limit: int = 3) -> list[CoursePage]:
    """Courses that teach these competences, most relevant first (for the self-assessment's
    "what to learn next")."""
    if not codes:
        return []
    courses = list(
        CoursePage.objects.live()
        .filter(competences__code__in=list(codes))
        .distinct()
        .prefetch_related("competences")
        .order_by("level", "path")
    )
    wanted = list(codes)

    def rank(course: CoursePage) -> tuple[int, int]:
        own = {competence.code for competence in course.competences.all()}
        positions = [wanted.index(code) for code in own if code in wanted]
        return (min(positions) if positions else len(wanted), -len(positions))

    return sorted(courses, key=rank)[:limit]


@dataclass(frozen=True, slots=True)
class Recommendation:
    """A course to take next, and which of the person's weak competences it teaches."""

    course: CoursePage
    teaches: list[str]
    enrolment: Enrolment | None
    next_lesson: Page | None


def recommendations_for(
    codes: Sequence[str], *, user: User | AnonymousUser, limit: int = 3
) -> list[Recommendation]:
    """The courses for the weakest competences first (``codes`` weakest first), each with the
    lesson to open next when the person is already enrolled."""
    courses = courses_for_competences(codes, limit=limit)
    wanted = list(codes)
    result = []
    for course in courses:
        teaches = sorted(
            (c for c in course.competences.all() if c.code in wanted),
            key=lambda competence: wanted.index(competence.code),
        )
        enrolment = enrolment_of(user, course)
        outline = course_outline(course, user) if enrolment is not None else []
        result.append(
            Recommendation(
                course=course,
                teaches=[competence.name_vi for competence in teaches],
                enrolment=enrolment,
                next_lesson=next_lesson_in(outline, enrolment) if enrolment is not None else None,
            )
        )
    return result


@dataclass(frozen=True, slots=True)
class CourseUptake:
    """One course among an organisation's members the viewer may see."""

    course: CoursePage
    enrolled: int
    assigned: int
    completed: int


def organisation_uptake(*, members: QuerySet[User]) -> list[CourseUptake]:
    """Per live course that any of these members took: how many enrolled, were assigned it,
    completed it; most taken first."""
    from django.db.models import Count, Q

    counts = (
        Enrolment.objects.filter(person__in=members, course__live=True)
        .values("course_id")
        .annotate(
            enrolled=Count("pk"),
            assigned=Count("pk", filter=Q(origin=Enrolment.Origin.ASSIGNED)),
            completed=Count("pk", filter=Q(completed_at__isnull=False)),
        )
    )
    by_course = {row["course_id"]: row for row in counts}
    courses = CoursePage.objects.filter(pk__in=list(by_course)).in_bulk()
    rows = [
        CourseUptake(
            course=courses[course_id],
            enrolled=row["enrolled"],
            assigned=row["assigned"],
            completed=row["completed"],
        )
        for course_id, row in by_course.items()
        if course_id in courses
    ]
    return sorted(rows, key=lambda row: (-row.enrolled, row.course.title))


def assignable_courses() -> QuerySet[CoursePage]:
    """Every live course, in catalogue order."""
    return CoursePage.objects.live().order_by("path")
