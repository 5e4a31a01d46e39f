"""Course content as Wagtail pages: catalogue → course → module → lessons, and learning paths.

A "lesson" is any page under a module that a learner completes: a reading lesson
(LessonPage), a quiz (QuizPage) or a SCORM activity (scorm.ScormLessonPage).
"""

from typing import Any, ClassVar

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from portal.core.middleware import PageCacheHint
from portal.learning.blocks import LessonBodyBlock, QuizQuestionsBlock
from portal.news.blocks import plain_text
from portal.news.models import CachedPageMixin

LESSON_PAGE_TYPES = ["learning.LessonPage", "learning.QuizPage", "learning.ScormLessonPage"]

LANGUAGES = [
    ("vi", _("Vietnamese")),
    ("en", _("English")),
    ("hmn", _("Hmong")),
    ("tay", _("Tày")),
    ("dao", _("Dao")),
]


def _level_validators() -> list[Any]:
    return [MinValueValidator(1), MaxValueValidator(8)]


def _cached_for_anonymous(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """A page that is the same for every reader without an account may be page-cached."""
    if not request.GET and not request.user.is_authenticated:
        response.page_cache = PageCacheHint()  # type: ignore[attr-defined]
    return response


class CatalogPage(CachedPageMixin, Page):
    """The course catalogue ("Học tập"): learning paths first, then every course, filterable."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels: ClassVar = [*Page.content_panels, FieldPanel("intro")]
    subpage_types: ClassVar = ["learning.CoursePage"]
    parent_page_types: ClassVar = ["news.HomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("course catalogue")

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = Page.serve(self, request, *args, **kwargs)
        # Filtered views and signed-in learners see their own page; the plain list is cacheable.
        return _cached_for_anonymous(request, response)

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from portal.learning import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.catalog_context(catalog=self, params=request.GET))
        return context

    def search_document(self) -> tuple[str, str]:
        return self.title, self.intro


class CoursePage(Page):
    """A course: modules of lessons, tied to competences, target groups and a level."""

    summary = models.TextField(_("summary"), max_length=400)
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link"])
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(_("cover image description"), max_length=250, blank=True)
    level = models.PositiveSmallIntegerField(
        _("proficiency level"),
        default=1,
        validators=_level_validators(),
        help_text=_("Level of the competence framework, 1 (basic) to 8 (specialised)."),
    )
    duration_minutes = models.PositiveIntegerField(_("estimated minutes"), default=30)
    language = models.CharField(_("language"), max_length=5, choices=LANGUAGES, default="vi")
    competences = ParentalManyToManyField(
        "assessment.Competence",
        verbose_name=_("competences"),
        blank=True,
        related_name="courses",
    )
    target_groups = ParentalManyToManyField(
        "campaign.TargetGroup",
        verbose_name=_("target groups"),
        blank=True,
        related_name="courses",
    )
    issues_certificate = models.BooleanField(_("issues a certificate"), default=True)

    content_panels: ClassVar = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Cover image")),
        MultiFieldPanel(
            [
                FieldPanel("level"),
                FieldPanel("duration_minutes"),
                FieldPanel("language"),
                FieldPanel("competences"),
                FieldPanel("target_groups"),
                FieldPanel("issues_certificate"),
            ],
            heading=_("About the course"),
        ),
    ]
    subpage_types: ClassVar = ["learning.ModulePage"]
    parent_page_types: ClassVar = ["learning.CatalogPage"]

    class Meta:
        verbose_name = _("course")

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return _cached_for_anonymous(request, super().serve(request, *args, **kwargs))

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from portal.learning import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.course_context(course=self, user=request.user))
        return context

    def search_document(self) -> tuple[str, str]:
        competences = " ".join(f"{c.code} {c.name_vi}" for c in self.competences.all())
        groups = " ".join(group.name_vi for group in self.target_groups.all())
        return self.title, f"{self.summary} {plain_text(self.description)} {competences} {groups}"


class ModulePage(Page):
    """A chapter of a course; its children are the lessons, in order."""

    summary = models.TextField(_("summary"), blank=True)

    content_panels: ClassVar = [*Page.content_panels, FieldPanel("summary")]
    subpage_types: ClassVar = LESSON_PAGE_TYPES
    parent_page_types: ClassVar = ["learning.CoursePage"]

    class Meta:
        verbose_name = _("module")

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        from django.shortcuts import redirect

        # A module has no page of its own: its lessons are listed on the course page.
        return redirect(self.get_parent().url + f"#module-{self.pk}")


class LessonMixin:
    """What every kind of lesson has: a summary, a duration and a place in a course."""

    lesson_kind: ClassVar[str] = "lesson"

    def course(self) -> "CoursePage | None":
        return CoursePage.objects.ancestor_of(self).first()  # type: ignore[arg-type]


class LessonPage(LessonMixin, Page):
    """A reading lesson: text, pictures, video, audio, how-to steps and knowledge checks."""

    summary = models.TextField(_("summary"), max_length=400, blank=True)
    duration_minutes = models.PositiveIntegerField(_("estimated minutes"), default=5)
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels: ClassVar = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("duration_minutes"),
        FieldPanel("body"),
    ]
    subpage_types: ClassVar[list[str]] = []
    parent_page_types: ClassVar = ["learning.ModulePage"]

    class Meta:
        verbose_name = _("lesson")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from portal.learning import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(
            selectors.lesson_context(
                lesson=self, user=request.user, preview=getattr(request, "is_preview", False)
            )
        )
        return context

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        from portal.learning.services import progress

        # Saving a course for offline reading fetches every lesson: that is not opening them.
        is_saving = request.headers.get("X-Offline-Save") == "1"
        is_preview = getattr(request, "is_preview", False)
        if request.user.is_authenticated and not is_preview and not is_saving:
            progress.record_lesson_opened(person=request.user, lesson=self)  # type: ignore[arg-type]
        return _cached_for_anonymous(request, super().serve(request, *args, **kwargs))

    def search_document(self) -> tuple[str, str]:
        return self.title, f"{self.summary} {plain_text(self.body)}"


class QuizPage(LessonMixin, Page):
    """A graded quiz: scored on the server, with a pass mark and an optional attempts limit."""

    lesson_kind: ClassVar[str] = "quiz"

    intro = models.TextField(_("introduction"), blank=True)
    duration_minutes = models.PositiveIntegerField(_("estimated minutes"), default=10)
    questions = StreamField(QuizQuestionsBlock(), verbose_name=_("questions"))
    pass_mark_percent = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=0, help_text=_("0 for no limit.")
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"), null=True, blank=True, help_text=_("Empty for no limit.")
    )
    shuffle_questions = models.BooleanField(_("shuffle the questions"), default=True)
    shuffle_options = models.BooleanField(_("shuffle the options"), default=True)

    content_panels: ClassVar = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("duration_minutes"),
                FieldPanel("pass_mark_percent"),
                FieldPanel("max_attempts"),
                FieldPanel("time_limit_minutes"),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_options"),
            ],
            heading=_("Rules"),
        ),
        FieldPanel("questions"),
    ]
    subpage_types: ClassVar[list[str]] = []
    parent_page_types: ClassVar = ["learning.ModulePage"]

    class Meta:
        verbose_name = _("quiz")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from portal.learning import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.quiz_context(quiz=self, user=request.user))
        return context

    def search_document(self) -> tuple[str, str]:
        return self.title, self.intro


class LearningPath(ClusterableModel):
    """The basic set of courses a target group needs for the campaign, with a final quiz.

    Completing every course of the path and passing its final quiz writes an attainment record
    (source "learning") that monitoring counts.
    """

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200)
    title_en = models.CharField(_("English title"), max_length=200, blank=True)
    target_group = models.ForeignKey(
        "campaign.TargetGroup",
        verbose_name=_("target group"),
        on_delete=models.PROTECT,
        related_name="learning_paths",
    )
    description = models.TextField(_("description"), blank=True)
    final_quiz = models.ForeignKey(
        QuizPage,
        verbose_name=_("final quiz"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Passing it, with every course completed, completes the path."),
    )
    is_active = models.BooleanField(_("shown and counted"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels: ClassVar = [
        FieldPanel("title"),
        FieldPanel("title_en"),
        FieldPanel("slug"),
        FieldPanel("target_group"),
        FieldPanel("description"),
        InlinePanel("path_courses", label=_("Courses, in order"), min_num=1),
        FieldPanel("final_quiz"),
        FieldPanel("is_active"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("learning path")
        verbose_name_plural = _("learning paths")
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return self.title


class PathCourse(Orderable):
    path = ParentalKey(LearningPath, on_delete=models.CASCADE, related_name="path_courses")
    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="+"
    )

    panels: ClassVar = [FieldPanel("course")]

    class Meta(Orderable.Meta):
        verbose_name = _("course of the path")
        constraints = [
            models.UniqueConstraint(fields=["path", "course"], name="path_course_once"),
        ]
