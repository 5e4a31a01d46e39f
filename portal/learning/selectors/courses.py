"""A course's lessons in order, its outline with a learner's progress, and a lesson's page."""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language
from wagtail.models import Page

from portal.accounts.models import User
from portal.campaign.models import TargetGroup
from portal.core.middleware import content_version
from portal.learning.domain import progress as progress_domain
from portal.learning.models import (
    Certificate,
    CoursePage,
    Enrolment,
    LearningPath,
    LessonPage,
    LessonProgress,
    ModulePage,
    QuizPage,
    ScormLessonPage,
)

LESSON_MODELS: tuple[type[Page], ...] = (LessonPage, QuizPage, ScormLessonPage)


def lesson_content_types() -> dict[int, str]:
    types = ContentType.objects.get_for_models(*LESSON_MODELS)
    return {content_type.pk: model.lesson_kind for model, content_type in types.items()}  # type: ignore[attr-defined]


def course_of(page: Page) -> CoursePage | None:
    """The course a lesson (or module) belongs to (looked up once per page instance: serving a
    lesson asks for it several times)."""
    if "_learning_course" not in page.__dict__:
        page.__dict__["_learning_course"] = CoursePage.objects.filter(
            path__in=[
                page.path[:length] for length in range(Page.steplen, len(page.path), Page.steplen)
            ]
        ).first()
    course: CoursePage | None = page.__dict__["_learning_course"]
    return course


def lessons_of(course: CoursePage) -> list[Page]:
    """The live lessons of a course in reading order (specific pages)."""
    kinds = lesson_content_types()
    return list(
        Page.objects.live()
        .descendant_of(course)
        .filter(content_type_id__in=kinds)
        .order_by("path")
        .specific()
    )


def lesson_ids_of(course: CoursePage) -> list[int]:
    kinds = lesson_content_types()
    return list(
        Page.objects.live()
        .descendant_of(course)
        .filter(content_type_id__in=kinds)
        .order_by("path")
        .values_list("pk", flat=True)
    )


def lesson_kinds(lesson_ids: Iterable[int]) -> dict[int, str]:
    kinds = lesson_content_types()
    rows = Page.objects.filter(pk__in=list(lesson_ids)).values_list("pk", "content_type_id")
    return {pk: kinds.get(content_type_id, "lesson") for pk, content_type_id in rows}


def lesson_states(*, person_id: int, course: CoursePage) -> list[progress_domain.LessonState]:
    kinds = lesson_kinds(
        LessonProgress.objects.filter(person_id=person_id, course=course).values_list(
            "lesson_id", flat=True
        )
    )
    return [
        progress_domain.LessonState(
            lesson_id=row.lesson_id,
            kind=kinds.get(row.lesson_id, "lesson"),
            is_completed=row.status == LessonProgress.Status.COMPLETED,
            has_passed=row.has_passed,
        )
        for row in LessonProgress.objects.filter(person_id=person_id, course=course)
    ]


def has_passed(*, person_id: int, lesson_id: int) -> bool:
    return LessonProgress.objects.filter(
        person_id=person_id, lesson_id=lesson_id, has_passed=True
    ).exists()


@dataclass
class LessonRow:
    lesson: Page
    number: int
    state: str  # "done", "started", "" (not opened)
    score_percent: float | None = None


@dataclass
class ModuleRow:
    module: ModulePage
    lessons: list[LessonRow]


def _progress_by_lesson(user: User | AnonymousUser, course: CoursePage) -> dict[int, Any]:
    if not user.is_authenticated:
        return {}
    return {
        row.lesson_id: row
        for row in LessonProgress.objects.filter(person_id=user.pk, course=course)
    }


def _state(row: LessonProgress | None, kind: str) -> str:
    if row is None:
        return ""
    done = progress_domain.is_lesson_done(
        progress_domain.LessonState(
            lesson_id=row.lesson_id,
            kind=kind,
            is_completed=row.status == LessonProgress.Status.COMPLETED,
            has_passed=row.has_passed,
        )
    )
    return "done" if done else "started"


def course_outline(course: CoursePage, user: User | AnonymousUser) -> list[ModuleRow]:
    modules = list(ModulePage.objects.live().child_of(course).order_by("path"))
    lessons = lessons_of(course)
    states = _progress_by_lesson(user, course)
    rows: list[ModuleRow] = []
    number = 0
    for module in modules:
        module_lessons = []
        for lesson in lessons:
            if lesson.path.startswith(module.path):
                number += 1
                row = states.get(lesson.pk)
                module_lessons.append(
                    LessonRow(
                        lesson=lesson,
                        number=number,
                        state=_state(row, lesson.lesson_kind),  # type: ignore[attr-defined]
                        score_percent=row.score_percent if row else None,
                    )
                )
        rows.append(ModuleRow(module=module, lessons=module_lessons))
    return rows


def enrolment_of(user: User | AnonymousUser, course: CoursePage) -> Enrolment | None:
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(person_id=user.pk, course=course).first()


def next_lesson_in(outline: list[ModuleRow], enrolment: Enrolment | None) -> Page | None:
    """Where "Continue" leads: the first lesson not done yet, else the first lesson."""
    rows = [row for module in outline for row in module.lessons]
    if not rows:
        return None
    if enrolment is None:
        return rows[0].lesson
    for row in rows:
        if row.state != "done":
            return row.lesson
    return rows[0].lesson


def course_context(*, course: CoursePage, user: User | AnonymousUser) -> dict[str, Any]:
    outline = course_outline(course, user)
    enrolment = enrolment_of(user, course)
    quiz_ids = set(QuizPage.objects.descendant_of(course).values_list("pk", flat=True))
    groups = list(course.target_groups.all())
    return {
        "outline": outline,
        "enrolment": enrolment,
        "next_lesson": next_lesson_in(outline, enrolment),
        "lesson_count": sum(
            1 for module in outline for row in module.lessons if row.lesson.pk not in quiz_ids
        ),
        "quiz_count": len(quiz_ids),
        "competences": course.competences.select_related("area"),
        "target_groups": groups,
        "for_everyone": len(groups) == TargetGroup.objects.count(),
        "paths": LearningPath.objects.filter(is_active=True, path_courses__course=course),
        "certificate": (
            Certificate.objects.filter(person_id=user.pk, course=course).first()
            if enrolment and enrolment.completed_at
            else None
        ),
    }


def _neighbours(course: CoursePage, lesson: Page) -> tuple[Page | None, Page | None]:
    # Plain pages: the links need only a title and an address, not each lesson's own fields.
    lessons = list(
        Page.objects.live()
        .descendant_of(course)
        .filter(content_type_id__in=lesson_content_types())
        .order_by("path")
    )
    ids = [item.pk for item in lessons]
    if lesson.pk not in ids:
        return None, None
    index = ids.index(lesson.pk)
    previous = lessons[index - 1] if index > 0 else None
    following = lessons[index + 1] if index + 1 < len(lessons) else None
    return previous, following


def lesson_context(
    *, lesson: Page, user: User | AnonymousUser, preview: bool = False
) -> dict[str, Any]:
    course = course_of(lesson)
    if course is None:
        return {"course": None}
    previous, following = _neighbours(course, lesson)
    enrolment = enrolment_of(user, course)
    progress = (
        LessonProgress.objects.filter(person_id=user.pk, lesson_id=lesson.pk).first()
        if enrolment
        else None
    )
    return {
        "course": course,
        "module": lesson.get_parent(),
        "enrolment": enrolment,
        "lesson_progress": progress,
        "is_done": _state(progress, getattr(lesson, "lesson_kind", "lesson")) == "done",
        "previous_lesson": previous,
        "next_lesson": following,
        "body_cache_key": _body_cache_key(lesson, preview=preview),
    }


def _body_cache_key(lesson: Page, *, preview: bool) -> str:
    """Changes with the published revision, any publish anywhere (a linked page may have moved)
    and the language; none in a preview, which shows unsaved changes."""
    if preview or lesson.live_revision_id is None:
        return ""
    return f"{lesson.pk}:{lesson.live_revision_id}:{content_version()}:{get_language()}"
