"""The catalogue page: filters, diacritic-free search over courses and lessons, course cards."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core.paginator import Paginator
from django.db.models import Prefetch
from wagtail.models import Page

from portal.assessment.models import Competence
from portal.campaign.models import TargetGroup
from portal.core import selectors as core_selectors
from portal.core.domain.text import search_terms
from portal.learning.models import (
    CatalogPage,
    CoursePage,
    Enrolment,
    LearningPath,
    PathCourse,
)
from portal.learning.selectors.courses import lesson_content_types

CATALOG_PAGE_SIZE = 24


LEVELS = (1, 2, 3, 4, 5, 6, 7, 8)


def catalog_page() -> CatalogPage | None:
    return CatalogPage.objects.live().first()


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
    kinds = lesson_content_types()
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
