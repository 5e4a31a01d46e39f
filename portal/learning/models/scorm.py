"""SCORM 1.2 and 2004 packages, the lessons made from their SCOs, and each learner's CMI data."""

import uuid
from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from portal.learning.models.pages import LessonMixin


class ScormPackage(models.Model):
    """An imported package; its files live in the default storage under scorm/<id>/."""

    class Version(models.TextChoices):
        SCORM_12 = "1.2", "SCORM 1.2"
        SCORM_2004 = "2004", "SCORM 2004"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    title = models.CharField(_("title"), max_length=300)
    identifier = models.CharField(_("manifest identifier"), max_length=200, blank=True)
    version = models.CharField(_("SCORM version"), max_length=4, choices=Version.choices)
    # e.g. "2004 4th Edition", from the manifest's schemaversion.
    schema_version = models.CharField(_("schema version"), max_length=60, blank=True)
    course = models.ForeignKey(
        "learning.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="scorm_packages",
    )
    sha256 = models.CharField(_("SHA-256 of the zip"), max_length=64, db_index=True)
    size_bytes = models.PositiveBigIntegerField(_("size (bytes)"), default=0)
    file_count = models.PositiveIntegerField(_("files"), default=0)
    # The parsed manifest: organisation title and the SCOs with their launch paths.
    manifest = models.JSONField(_("manifest"), default=dict)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("SCORM package")
        verbose_name_plural = _("SCORM packages")
        ordering = ["-uploaded_at"]

    def __str__(self) -> str:
        return f"{self.title} ({self.get_version_display()})"

    @property
    def storage_prefix(self) -> str:
        return f"scorm/{self.pk}/"


class ScormLessonPage(LessonMixin, Page):
    """A lesson played from one SCO of a SCORM package."""

    lesson_kind: ClassVar[str] = "scorm"

    summary = models.TextField(_("summary"), max_length=400, blank=True)
    duration_minutes = models.PositiveIntegerField(_("estimated minutes"), default=10)
    package = models.ForeignKey(
        ScormPackage,
        verbose_name=_("SCORM package"),
        on_delete=models.PROTECT,
        related_name="lessons",
    )
    sco_identifier = models.CharField(_("SCO identifier"), max_length=200)
    launch_path = models.CharField(_("launch file"), max_length=500)
    launch_parameters = models.CharField(_("launch parameters"), max_length=500, blank=True)
    mastery_score = models.FloatField(_("mastery score (%)"), null=True, blank=True)

    content_panels: ClassVar = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("duration_minutes"),
        FieldPanel("package"),
        FieldPanel("sco_identifier"),
        FieldPanel("launch_path"),
        FieldPanel("mastery_score"),
    ]
    subpage_types: ClassVar[list[str]] = []
    parent_page_types: ClassVar = ["learning.ModulePage"]

    class Meta:
        verbose_name = _("SCORM lesson")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        from portal.learning import selectors

        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.lesson_context(lesson=self, user=request.user))
        # The player numbers its commits after the last one saved.
        context["scorm_sequence"] = (
            ScormRuntimeState.objects.filter(person_id=request.user.pk, lesson=self)
            .values_list("last_sequence", flat=True)
            .first()
            or 0
            if request.user.is_authenticated
            else 0
        )
        return context

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        from portal.learning.services import progress

        if request.user.is_authenticated and not getattr(request, "is_preview", False):
            progress.record_lesson_opened(person=request.user, lesson=self)  # type: ignore[arg-type]
        response = super().serve(request, *args, **kwargs)
        response["Cache-Control"] = "private, no-store"
        return response

    def search_document(self) -> tuple[str, str]:
        return self.title, self.summary


class ScormRuntimeState(models.Model):
    """A learner's CMI data for one SCO, as the SCO last committed it."""

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="scorm_states",
    )
    lesson = models.ForeignKey(
        ScormLessonPage,
        verbose_name=_("lesson"),
        on_delete=models.CASCADE,
        related_name="runtime_states",
    )
    # Data-model element → value, as strings, in the SCO's own version (cmi.core.* or cmi.*).
    cmi = models.JSONField(_("CMI data"), default=dict)
    # Normalised across versions:
    completion_status = models.CharField(_("completion"), max_length=20, default="not attempted")
    success_status = models.CharField(_("success"), max_length=20, default="unknown")
    score_scaled = models.FloatField(_("score (0-1)"), null=True, blank=True)
    # Time of the sessions that ended; the session under way is kept apart until it ends, so
    # that a session_time reported on every commit counts once.
    total_time_seconds = models.FloatField(_("total time (s)"), default=0)
    session_id = models.CharField(_("current session"), max_length=64, blank=True)
    session_seconds = models.FloatField(_("current session time (s)"), default=0)
    # The highest commit sequence number applied: a replayed batch changes nothing.
    last_sequence = models.PositiveIntegerField(_("last commit"), default=0)
    commits = models.PositiveIntegerField(_("commits"), default=0)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("SCORM runtime data")
        verbose_name_plural = _("SCORM runtime data")
        constraints = [
            models.UniqueConstraint(fields=["person", "lesson"], name="scorm_state_once"),
        ]

    def __str__(self) -> str:
        return f"{self.person_id} {self.lesson_id} {self.completion_status}"
