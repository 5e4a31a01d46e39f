"""What learners do: enrolments, per-lesson progress, quiz attempts and learning records."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    """A person taking a course, by their own choice or assigned by an organisation manager."""

    class Origin(models.TextChoices):
        SELF = "self", _("enrolled themselves")
        ASSIGNED = "assigned", _("assigned by a manager")

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    course = models.ForeignKey(
        "learning.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="enrolments",
    )
    origin = models.CharField(_("how"), max_length=10, choices=Origin.choices, default="self")
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    enrolled_at = models.DateTimeField(_("enrolled"), auto_now_add=True)
    # Where to resume: the lesson opened last.
    last_lesson = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("last lesson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    last_active_at = models.DateTimeField(_("last active"), null=True, blank=True)
    lessons_completed = models.PositiveIntegerField(_("lessons completed"), default=0)
    lessons_total = models.PositiveIntegerField(_("lessons"), default=0)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-last_active_at", "-enrolled_at"]
        constraints = [
            models.UniqueConstraint(fields=["person", "course"], name="enrolment_once"),
        ]
        indexes = [models.Index(fields=["course", "completed_at"])]

    def __str__(self) -> str:
        return f"{self.person_id} → {self.course_id}"

    @property
    def progress_percent(self) -> int:
        if not self.lessons_total:
            return 0
        return min(100, round(100 * self.lessons_completed / self.lessons_total))


class LessonProgress(models.Model):
    """A person's state on one lesson (reading lesson, quiz or SCORM activity)."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("started")
        COMPLETED = "completed", _("completed")

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="lesson_progress",
    )
    lesson = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("lesson"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    course = models.ForeignKey(
        "learning.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="lesson_progress",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.IN_PROGRESS
    )
    # Quizzes and SCORM activities report a score (0-100) and whether it passed.
    score_percent = models.FloatField(_("score (%)"), null=True, blank=True)
    has_passed = models.BooleanField(_("passed"), null=True, blank=True)
    first_opened_at = models.DateTimeField(_("first opened"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(fields=["person", "lesson"], name="lesson_progress_once"),
        ]
        indexes = [models.Index(fields=["person", "course"])]

    def __str__(self) -> str:
        return f"{self.person_id} {self.lesson_id} {self.status}"


class QuizAttempt(models.Model):
    """One try at a quiz: the order it was shown in, the answers saved so far, the result."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="quiz_attempts",
    )
    quiz = models.ForeignKey(
        "learning.QuizPage",
        verbose_name=_("quiz"),
        on_delete=models.CASCADE,
        related_name="attempts",
    )
    number = models.PositiveSmallIntegerField(_("attempt number"))
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    # {"questions": [block ids in the order shown], "options": {block id: [option indexes]}}
    layout = models.JSONField(_("layout"), default=dict)
    # {block id: answer} with answers in the shape portal.learning.domain.quiz expects.
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    score = models.PositiveSmallIntegerField(_("score"), null=True, blank=True)
    max_score = models.PositiveSmallIntegerField(_("out of"), null=True, blank=True)
    has_passed = models.BooleanField(_("passed"), null=True, blank=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["person", "quiz", "number"], name="quiz_attempt_number"
            ),
            # At most one open attempt per person and quiz.
            models.UniqueConstraint(
                fields=["person", "quiz"],
                condition=Q(submitted_at__isnull=True),
                name="quiz_attempt_one_open",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.person_id} {self.quiz_id} #{self.number}"

    @property
    def percent(self) -> int | None:
        if self.score is None or not self.max_score:
            return None
        return round(100 * self.score / self.max_score)


class LearningStatement(models.Model):
    """One learning event as an xAPI statement (started, completed, passed, answered…).

    The id is the statement id; events queued on a phone offline carry their own id, so a
    replayed event is stored once.
    """

    id = models.UUIDField(primary_key=True, editable=False)
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="learning_statements",
    )
    verb = models.CharField(_("verb"), max_length=30)
    course = models.ForeignKey(
        "learning.CoursePage",
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    object_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("activity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    statement = models.JSONField(_("statement"))
    timestamp = models.DateTimeField(_("when it happened"))
    stored_at = models.DateTimeField(_("stored"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("learning record")
        verbose_name_plural = _("learning records")
        ordering = ["stored_at", "id"]
        indexes = [models.Index(fields=["person", "stored_at"])]

    def __str__(self) -> str:
        return f"{self.person_id} {self.verb} {self.object_page_id}"
