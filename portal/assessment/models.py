"""The self-assessment's data: the competence framework (Circular 02/2025/TT-BGDĐT), the item
bank, attempts with their responses, proctored sessions and the administrators' settings."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from portal.campaign.models import TargetGroup


class CompetenceArea(models.Model):
    """One of the framework's six domains (DigComp 2.2 areas 1 to 5, plus applying AI)."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    name_vi = models.CharField(_("Vietnamese name"), max_length=200)
    name_en = models.CharField(_("English name"), max_length=200)

    class Meta:
        verbose_name = _("competence domain")
        verbose_name_plural = _("competence domains")
        ordering = ["number"]

    def __str__(self) -> str:
        return f"{self.number}. {self.name_vi}"


class Competence(models.Model):
    """A component competence such as 1.1, with its DigComp 2.2 equivalent."""

    code = models.CharField(_("code"), max_length=10, unique=True)
    area = models.ForeignKey(
        CompetenceArea,
        verbose_name=_("domain"),
        on_delete=models.PROTECT,
        related_name="competences",
    )
    name_vi = models.CharField(_("Vietnamese name"), max_length=300)
    name_en = models.CharField(_("English name"), max_length=300)
    digcomp_equivalent = models.CharField(_("DigComp 2.2 equivalent"), max_length=50, blank=True)
    name_variants = models.TextField(_("other wordings seen"), blank=True)

    class Meta:
        verbose_name = _("competence")
        verbose_name_plural = _("competences")
        ordering = ["code"]

    def __str__(self) -> str:
        return f"{self.code} {self.name_vi}"


class ProficiencyLevel(models.Model):
    """One of the eight levels, grouped in four tiers (Cơ bản, Trung cấp, Nâng cao, Chuyên sâu)."""

    number = models.PositiveSmallIntegerField(_("level"), unique=True)
    tier_vi = models.CharField(_("Vietnamese tier"), max_length=50)
    tier_en = models.CharField(_("English tier"), max_length=50)
    code = models.CharField(_("code"), max_length=30, blank=True)
    # Where the level begins on the tested ability scale (θ): the basic-skills cut of a domain is
    # the start of the level its requirement names.
    theta_from = models.FloatField(
        _("ability where the level begins (θ)"),
        default=0.0,
        help_text=_("On the item bank's scale; levels must begin in increasing order."),
    )

    class Meta:
        verbose_name = _("proficiency level")
        verbose_name_plural = _("proficiency levels")
        ordering = ["number"]
        constraints = [
            models.CheckConstraint(
                condition=Q(number__gte=1) & Q(number__lte=8), name="proficiency_level_range"
            )
        ]

    def __str__(self) -> str:
        return f"{self.number} ({self.tier_vi})"


class BasicRequirement(models.Model):
    """For a target group, the level a domain needs for "basic digital skills" (default 2)."""

    target_group = models.ForeignKey(
        TargetGroup,
        verbose_name=_("target group"),
        on_delete=models.CASCADE,
        related_name="basic_requirements",
    )
    area = models.ForeignKey(
        CompetenceArea,
        verbose_name=_("domain"),
        on_delete=models.CASCADE,
        related_name="basic_requirements",
    )
    level = models.PositiveSmallIntegerField(_("level needed"), default=2)
    is_required = models.BooleanField(
        _("counts for basic digital skills"),
        default=True,
        help_text=_("Untick for a domain this group does not need for the campaign's count."),
    )

    class Meta:
        verbose_name = _("basic-skills requirement")
        verbose_name_plural = _("basic-skills requirements")
        ordering = ["target_group", "area"]
        constraints = [
            models.UniqueConstraint(
                fields=["target_group", "area"], name="basic_requirement_unique"
            ),
            models.CheckConstraint(
                condition=Q(level__gte=1) & Q(level__lte=8), name="basic_requirement_level_range"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.target_group.code}: {self.area.number} ≥ {self.level}"


class Item(models.Model):
    """A question or task of the bank, tied to a competence and a target level.

    The key (and a task's answer inside `task`) never leaves the server before the answer is in:
    pages and the API show items through the domain's presentation, which drops them.
    """

    class Kind(models.TextChoices):
        SINGLE = "single", _("one correct option")
        MULTIPLE = "multiple", _("several correct options")
        TRUE_FALSE = "true_false", _("true or false")
        SELF_REPORT = "self_report", _("self-report (I can…)")
        TASK_HOTSPOT = "task_hotspot", _("task: pick the danger signs")
        TASK_ORDER = "task_order", _("task: put steps in order")
        TASK_FORM = "task_form", _("task: fill a simulated form")

    class ResponseModel(models.TextChoices):
        TWO_PL = "2pl", _("2PL (scored right or wrong)")
        GRM = "grm", _("graded response (self-report)")

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        PRETEST = "pretest", _("pretest (shown, not counted)")
        OPERATIONAL = "operational", _("operational")
        RETIRED = "retired", _("retired")

    code = models.CharField(_("code"), max_length=40, unique=True)
    competence = models.ForeignKey(
        Competence, verbose_name=_("competence"), on_delete=models.PROTECT, related_name="items"
    )
    level = models.PositiveSmallIntegerField(_("target level"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    stem_vi = models.TextField(_("question (Vietnamese)"))
    stem_en = models.TextField(_("question (English)"), blank=True)
    options_vi = models.JSONField(_("options (Vietnamese)"), default=list, blank=True)
    options_en = models.JSONField(_("options (English)"), default=list, blank=True)
    # 1-based numbers of the correct options; empty for self-reports and tasks.
    key = models.JSONField(_("key"), default=list, blank=True)
    # A performance task's definition, answer included, in the item file's task_json shape.
    task = models.JSONField(_("task"), null=True, blank=True)
    explanation_vi = models.TextField(_("explanation shown after the test"), blank=True)
    response_model = models.CharField(
        _("response model"), max_length=4, choices=ResponseModel.choices
    )
    a = models.FloatField(_("discrimination a"))
    b = models.FloatField(_("difficulty b"), null=True, blank=True)
    c = models.FloatField(_("guessing c"), default=0.0)
    thresholds = models.JSONField(_("category thresholds"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.DRAFT
    )
    # How many attempts were served the item, for exposure control.
    times_served = models.PositiveIntegerField(_("times served"), default=0, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("item")
        verbose_name_plural = _("items")
        ordering = ["code"]
        indexes = [models.Index(fields=["status", "kind"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(level__gte=1) & Q(level__lte=8), name="item_level_range"
            ),
            models.CheckConstraint(condition=Q(a__gt=0), name="item_positive_slope"),
        ]

    def __str__(self) -> str:
        return self.code


class ProctoredSession(models.Model):
    """A supervised sitting in a training room: attempts started with its code are confirmed."""

    code = models.CharField(_("code"), max_length=12, unique=True)
    title = models.CharField(_("title"), max_length=200)
    place = models.CharField(_("place"), max_length=200, blank=True)
    unit = models.ForeignKey(
        "campaign.AdministrativeUnit",
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="proctored_sessions",
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="proctored_sessions",
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("opened by"),
        on_delete=models.PROTECT,
        related_name="proctored_sessions",
    )
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("closes at"))
    closed_at = models.DateTimeField(_("closed early at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("proctored session")
        verbose_name_plural = _("proctored sessions")
        ordering = ["-opens_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_at__gt=models.F("opens_at")), name="proctored_session_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.code})"


class Attempt(models.Model):
    """One sitting of the self-assessment by one person, from start to result."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", _("in progress")
        FINISHED = "finished", _("finished")
        ABANDONED = "abandoned", _("abandoned")

    class Mode(models.TextChoices):
        STANDARD = "standard", _("standard")
        SHORT = "short", _("short")

    class Verdict(models.TextChoices):
        BASIC = "basic", _("basic digital skills reached")
        NOT_BASIC = "not_basic", _("not yet")
        UNDETERMINED = "undetermined", _("undetermined")

    public_id = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="assessment_attempts",
    )
    target_group = models.ForeignKey(
        TargetGroup, verbose_name=_("target group"), on_delete=models.PROTECT, related_name="+"
    )
    # Where the person belonged when they started: the attainment record counts there.
    unit = models.ForeignKey(
        "campaign.AdministrativeUnit",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    mode = models.CharField(_("mode"), max_length=10, choices=Mode.choices, default=Mode.STANDARD)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.IN_PROGRESS
    )
    proctored_session = models.ForeignKey(
        ProctoredSession,
        verbose_name=_("proctored session"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="attempts",
    )
    is_confirmed = models.BooleanField(_("confirmed"), default=False)
    seed = models.BigIntegerField(_("random seed"), editable=False)
    # Fixed at the start: the self-report statements asked first and where pretest items go.
    plan = models.JSONField(_("plan"), default=dict, blank=True)
    # The item on screen, waiting for its answer; answers to any other item are refused.
    current_item = models.ForeignKey(
        Item, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    current_served_at = models.DateTimeField(null=True, blank=True)
    answered_count = models.PositiveSmallIntegerField(_("answers"), default=0)
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    last_activity_at = models.DateTimeField(_("last activity"), auto_now=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    verdict = models.CharField(_("verdict"), max_length=12, choices=Verdict.choices, blank=True)
    confidence = models.FloatField(_("confidence of the verdict"), null=True, blank=True)
    probability_basic = models.FloatField(_("probability of basic skills"), null=True, blank=True)
    # Per-domain results as the result page shows them (θ, SD, level, items, self-rating).
    results = models.JSONField(_("results"), default=dict, blank=True)
    # Set when the person shares their summary; the link works until they stop sharing.
    share_token = models.CharField(max_length=32, null=True, blank=True, unique=True)

    class Meta:
        verbose_name = _("assessment attempt")
        verbose_name_plural = _("assessment attempts")
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["person", "status"])]
        constraints = [
            # One unfinished attempt per person: resuming anywhere finds it.
            models.UniqueConstraint(
                fields=["person"],
                condition=Q(status="in_progress"),
                name="assessment_one_attempt_in_progress",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person_id} {self.started_at:%Y-%m-%d} {self.status}"


class Response(models.Model):
    """One answer of an attempt, scored on the server; at most one per item and position."""

    class Phase(models.TextChoices):
        SELF_REPORT = "self_report", _("self-report")
        SCORED = "scored", _("scored")
        PRETEST = "pretest", _("pretest (not counted)")

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="responses")
    item = models.ForeignKey(Item, on_delete=models.PROTECT, related_name="responses")
    position = models.PositiveSmallIntegerField(_("position"))
    phase = models.CharField(_("phase"), max_length=12, choices=Phase.choices)
    answer = models.JSONField(_("answer"))
    # 0/1 for scored and pretest items, the category 0-3 for self-reports.
    score = models.PositiveSmallIntegerField(_("score"))
    served_at = models.DateTimeField(_("served"))
    answered_at = models.DateTimeField(_("answered"), auto_now_add=True)

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "item"], name="response_once_per_item"),
            models.UniqueConstraint(
                fields=["attempt", "position"], name="response_once_per_position"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.attempt_id}#{self.position} {self.item_id}"


@register_setting(icon="form")
class AssessmentSettings(BaseGenericSetting):
    """How the self-assessment runs, editable by administrators (Settings in the admin)."""

    retake_cooldown_hours: "models.PositiveIntegerField[int, int]" = models.PositiveIntegerField(
        _("hours before a new attempt"),
        default=24,
        help_text=_("After finishing, a person may start again once this many hours have passed."),
    )
    self_report_items: "models.PositiveSmallIntegerField[int, int]" = (
        models.PositiveSmallIntegerField(
            _("self-report statements per attempt"),
            default=6,
            help_text=_(
                "Asked first, one per domain at most; they never change the tested result."
            ),
        )
    )
    pretest_items: "models.PositiveSmallIntegerField[int, int]" = models.PositiveSmallIntegerField(
        _("pretest items per attempt"),
        default=2,
        help_text=_("New items being tried out, shown among the others and not counted."),
    )
    abandon_after_days: "models.PositiveSmallIntegerField[int, int]" = (
        models.PositiveSmallIntegerField(
            _("days before an unfinished attempt is abandoned"), default=30
        )
    )

    class Meta:
        verbose_name = _("self-assessment settings")
