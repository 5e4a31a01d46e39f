"""Reads for learning: the catalogue, a course's lessons and a learner's progress."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Prefetch, QuerySet
from wagtail.models import Page

from portal.accounts.models import User
from portal.assessment.models import Competence
from portal.campaign.models import TargetGroup
from portal.core import selectors as core_selectors
from portal.core.domain.text import search_terms
from portal.learning.domain import progress as progress_domain
from portal.learning.domain import quiz as quiz_domain
from portal.learning.models import (
    CatalogPage,
    Certificate,
    CoursePage,
    Enrolment,
    LearningPath,
    LessonPage,
    LessonProgress,
    ModulePage,
    PathCourse,
    QuizAttempt,
    QuizPage,
    ScormLessonPage,
)

LESSON_MODELS: tuple[type[Page], ...] = (LessonPage, QuizPage, ScormLessonPage)
CATALOG_PAGE_SIZE = 24
LEVELS = (1, 2, 3, 4, 5, 6, 7, 8)


def catalog_page() -> CatalogPage | None:
    return CatalogPage.objects.live().first()


def _lesson_content_types() -> dict[int, str]:
    types = ContentType.objects.get_for_models(*LESSON_MODELS)
    return {content_type.pk: model.lesson_kind for model, content_type in types.items()}  # type: ignore[attr-defined]


def course_of(page: Page) -> CoursePage | None:
    """The course a lesson (or module) belongs to."""
    return CoursePage.objects.filter(
        path__in=[
            page.path[:length] for length in range(Page.steplen, len(page.path), Page.steplen)
        ]
    ).first()


def lessons_of(course: CoursePage) -> list[Page]:
    """The live lessons of a course in reading order (specific pages)."""
    kinds = _lesson_content_types()
    return list(
        Page.objects.live()
        .descendant_of(course)
        .filter(content_type_id__in=kinds)
        .order_by("path")
        .specific()
    )


def lesson_ids_of(course: CoursePage) -> list[int]:
    kinds = _lesson_content_types()
    return list(
        Page.objects.live()
        .descendant_of(course)
        .filter(content_type_id__in=kinds)
        .order_by("path")
        .values_list("pk", flat=True)
    )


def lesson_kinds(lesson_ids: Iterable[int]) -> dict[int, str]:
    kinds = _lesson_content_types()
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


def has_passed(*, person_id: int, lesson_id: int) -> bool:
    return LessonProgress.objects.filter(
        person_id=person_id, lesson_id=lesson_id, has_passed=True
    ).exists()


def quiz_questions(quiz: QuizPage) -> list[quiz_domain.Question]:
    return quiz_domain.questions_from_stream(quiz.questions.raw_data)


# Pages -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CatalogFilters:
    group: str = ""
    competence: str = ""
    level: int | None = None
    query: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.group or self.competence or self.level or self.query)


def _filters(params: Mapping[str, str]) -> CatalogFilters:
    level_text = str(params.get("level", "")).strip()
    return CatalogFilters(
        group=str(params.get("group", "")).strip()[:20],
        competence=str(params.get("competence", "")).strip()[:10],
        level=int(level_text) if level_text.isdigit() and int(level_text) in LEVELS else None,
        query=str(params.get("q", "")).strip()[:200],
    )


@dataclass
class CourseCard:
    course: CoursePage
    lesson_count: int = 0
    enrolment: Enrolment | None = None
    matching_lessons: list[Page] = field(default_factory=list)


def catalog_context(*, catalog: CatalogPage, params: Mapping[str, str]) -> dict[str, Any]:
    filters = _filters(params)
    courses = (
        CoursePage.objects.live()
        .descendant_of(catalog)
        .select_related("image")
        .prefetch_related("target_groups", "competences")
        .order_by("path")
    )
    if filters.group:
        courses = courses.filter(target_groups__code=filters.group)
    if filters.competence:
        courses = courses.filter(competences__code=filters.competence)
    if filters.level:
        courses = courses.filter(level=filters.level)
    matching: dict[int, list[Page]] = {}
    if filters.query:
        found = _search(catalog, filters.query)
        course_ids, matching = _courses_of_hits(found, course_depth=catalog.depth + 1)
        courses = courses.filter(pk__in=course_ids)
    page = Paginator(courses.distinct(), CATALOG_PAGE_SIZE).get_page(params.get("page"))
    counts = _lesson_counts(list(page.object_list))
    cards = [
        CourseCard(
            course=course,
            lesson_count=counts.get(course.pk, 0),
            matching_lessons=matching.get(course.pk, [])[:3],
        )
        for course in page.object_list
    ]
    paths = (
        LearningPath.objects.filter(is_active=True)
        .select_related("target_group", "final_quiz")
        .prefetch_related(
            Prefetch(
                "path_courses",
                queryset=PathCourse.objects.select_related("course").order_by("sort_order"),
            )
        )
    )
    return {
        "filters": filters,
        "cards": cards,
        "course_page": page,
        "paths": paths if filters.is_empty else [],
        "groups": TargetGroup.objects.all(),
        "competences": Competence.objects.select_related("area"),
        "levels": LEVELS,
    }


def _search(catalog: CatalogPage, query: str) -> list[int]:
    terms = search_terms(query)
    if not terms:
        return []
    candidates = Page.objects.live().public().descendant_of(catalog)
    return core_selectors.search_page_ids(
        terms=terms, candidates=candidates, offset=0, limit=200
    ).page_ids


def _courses_of_hits(
    page_ids: Sequence[int], *, course_depth: int
) -> tuple[list[int], dict[int, list[Page]]]:
    """Map search hits (courses and lessons) to their courses, best first."""
    cut = Page.steplen * course_depth
    hits = Page.objects.filter(pk__in=page_ids).only("pk", "path", "title", "url_path")
    by_pk = {page.pk: page for page in hits}
    courses = {
        course.path: course.pk
        for course in CoursePage.objects.filter(path__in={page.path[:cut] for page in hits}).only(
            "pk", "path"
        )
    }
    ordered: list[int] = []
    matching: dict[int, list[Page]] = {}
    for page_id in page_ids:
        page = by_pk.get(page_id)
        if page is None:
            continue
        course_id = courses.get(page.path[:cut])
        if course_id is None:
            continue
        if course_id not in ordered:
            ordered.append(course_id)
        if page.pk != course_id:
            matching.setdefault(course_id, []).append(page)
    return ordered, matching


def _lesson_counts(courses: Sequence[CoursePage]) -> dict[int, int]:
    kinds = _lesson_content_types()
    counts: dict[int, int] = {}
    if not courses:
        return counts
    rows = (
        Page.objects.live()
        .filter(content_type_id__in=kinds, depth=courses[0].depth + 2)
        .values_list("path", flat=True)
    )
    by_path = {course.path: course.pk for course in courses}
    for path in rows:
        course_id = by_path.get(path[: courses[0].depth * Page.steplen])
        if course_id is not None:
            counts[course_id] = counts.get(course_id, 0) + 1
    return counts


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


def _next_lesson(outline: list[ModuleRow], enrolment: Enrolment | None) -> Page | None:
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
    return {
        "outline": outline,
        "enrolment": enrolment,
        "next_lesson": _next_lesson(outline, enrolment),
        "lesson_count": sum(len(module.lessons) for module in outline),
        "competences": course.competences.select_related("area"),
        "target_groups": course.target_groups.all(),
        "paths": LearningPath.objects.filter(is_active=True, path_courses__course=course),
        "certificate": (
            Certificate.objects.filter(person_id=user.pk, course=course).first()
            if enrolment and enrolment.completed_at
            else None
        ),
    }


def _neighbours(course: CoursePage, lesson: Page) -> tuple[Page | None, Page | None]:
    lessons = lessons_of(course)
    ids = [item.pk for item in lessons]
    if lesson.pk not in ids:
        return None, None
    index = ids.index(lesson.pk)
    previous = lessons[index - 1] if index > 0 else None
    following = lessons[index + 1] if index + 1 < len(lessons) else None
    return previous, following


def lesson_context(*, lesson: Page, user: User | AnonymousUser) -> dict[str, Any]:
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
    }


def quiz_context(*, quiz: QuizPage, user: User | AnonymousUser) -> dict[str, Any]:
    context = lesson_context(lesson=quiz, user=user)
    attempts: list[QuizAttempt] = []
    if user.is_authenticated:
        attempts = list(QuizAttempt.objects.filter(person_id=user.pk, quiz=quiz))
    used = len(attempts)
    context.update(
        {
            "question_count": len(quiz_questions(quiz)),
            "attempts": attempts,
            "open_attempt": next((a for a in attempts if a.submitted_at is None), None),
            "attempts_left": (quiz.max_attempts - used) if quiz.max_attempts else None,
            "best_percent": max((a.percent or 0 for a in attempts if a.submitted_at), default=None),
        }
    )
    return context


@dataclass(frozen=True, slots=True)
class OptionView:
    index: int  # in the stored question
    text: str
    is_chosen: bool
    position: int | None  # ordering questions: the place (1-based) the learner gave it


@dataclass(frozen=True, slots=True)
class QuestionView:
    question: quiz_domain.Question
    number: int
    options: list[OptionView]  # in the order shown
    answer: object
    positions: range


def _option_view(question: quiz_domain.Question, index: int, answer: object) -> OptionView:
    chosen = answer if isinstance(answer, list) else [answer]
    position = None
    if question.kind is quiz_domain.Kind.ORDER and isinstance(answer, list) and index in answer:
        position = answer.index(index) + 1
    return OptionView(
        index=index,
        text=question.options[index].text,
        is_chosen=not isinstance(answer, bool) and index in chosen,
        position=position,
    )


def attempt_questions(attempt: QuizAttempt) -> list[QuestionView]:
    questions = {question.id: question for question in quiz_questions(attempt.quiz)}
    layout = quiz_domain.layout_from_json(attempt.layout)
    views = []
    for number, question_id in enumerate(layout.questions, start=1):
        question = questions.get(question_id)
        if question is None:
            continue
        order = layout.options.get(question_id, tuple(range(len(question.options))))
        answer = attempt.answers.get(question_id)
        views.append(
            QuestionView(
                question=question,
                number=number,
                options=[
                    _option_view(question, index, answer)
                    for index in order
                    if index < len(question.options)
                ],
                answer=answer,
                positions=range(1, len(question.options) + 1),
            )
        )
    return views


@dataclass(frozen=True, slots=True)
class ReviewRow:
    view: QuestionView
    is_correct: bool
    feedback: tuple[str, ...]
    correct_texts: tuple[str, ...]


def attempt_review(attempt: QuizAttempt) -> list[ReviewRow]:
    rows = []
    for view in attempt_questions(attempt):
        question = view.question
        if question.kind is quiz_domain.Kind.ORDER:
            correct = tuple(option.text for option in question.options)
        elif question.kind is quiz_domain.Kind.TRUE_FALSE:
            correct = ()
        else:
            correct = tuple(option.text for option in question.options if option.is_correct)
        rows.append(
            ReviewRow(
                view=view,
                is_correct=quiz_domain.is_correct(question, view.answer),
                feedback=quiz_domain.feedback_for(question, view.answer),
                correct_texts=correct,
            )
        )
    return rows


def my_learning(person: User) -> dict[str, Any]:
    from portal.learning.selectors_certificates import certificates_of

    enrolments = list(
        Enrolment.objects.filter(person=person)
        .select_related("course", "last_lesson", "course__image")
        .order_by("completed_at", "-last_active_at", "-enrolled_at")
    )
    paths = []
    for path in paths_for_group(person.target_group_id).select_related("final_quiz"):
        course_ids = [link.course_id for link in path.path_courses.all()]
        done = completed_course_ids(person_id=person.pk, course_ids=course_ids)
        paths.append({"path": path, "done": len(done), "total": len(course_ids)})
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
