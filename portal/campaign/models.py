"""Administrative units, the campaign's target groups and people's attainment records."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class UnitLevel(models.TextChoices):
    PROVINCE = "province", _("Province")
    DISTRICT = "district", _("District")
    COMMUNE = "commune", _("Commune")


class AdministrativeUnit(models.Model):
    """A province, district or commune as it existed between valid_from and valid_to.

    GSO codes are reused across reorganisations (the new Lào Cai keeps Yên Bái's code 15), so a
    unit is identified by its code and the day it came into being.
    """

    code = models.CharField(_("GSO code"), max_length=10)
    name = models.CharField(_("name"), max_length=200)
    unit_type = models.CharField(_("type"), max_length=40)
    level = models.CharField(_("level"), max_length=20, choices=UnitLevel.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    valid_from = models.DateField(_("valid from"))
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    name_folded = models.CharField(max_length=200, editable=False, db_index=True)
    # Ids from the root down, "/12/40/355/": a subtree is one indexed prefix query at any depth.
    path = models.CharField(max_length=255, editable=False, db_index=True, default="")

    class Meta:
        verbose_name = _("administrative unit")
        verbose_name_plural = _("administrative units")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "valid_from"], name="unit_code_valid_from"),
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_to__gte=models.F("valid_from")),
                name="unit_valid_period",
            ),
        ]
        indexes = [models.Index(fields=["level", "valid_from"])]

    def __str__(self) -> str:
        return self.name


class UnitSuccession(models.Model):
    """An old unit that became (all or part of) a new unit on a given day, as in a merger."""

    class MergeType(models.TextChoices):
        FULL = "full", _("whole unit")
        PARTIAL = "partial", _("part of the unit")

    predecessor = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("former unit"),
        on_delete=models.CASCADE,
        related_name="successions",
    )
    successor = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("new unit"),
        on_delete=models.CASCADE,
        related_name="predecessions",
    )
    effective_on = models.DateField(_("effective on"))
    merge_type = models.CharField(
        _("merge type"), max_length=10, choices=MergeType.choices, default=MergeType.FULL
    )

    class Meta:
        verbose_name = _("unit succession")
        verbose_name_plural = _("unit successions")
        constraints = [
            models.UniqueConstraint(
                fields=["predecessor", "successor"], name="unit_succession_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.predecessor} → {self.successor} ({self.effective_on})"


class TargetGroup(models.Model):
    """One of the campaign's target groups, with its provincial targets."""

    code = models.SlugField(_("code"), max_length=30, unique=True)
    name_vi = models.CharField(_("Vietnamese name"), max_length=200)
    name_en = models.CharField(_("English name"), max_length=200)
    description_vi = models.TextField(_("Vietnamese description"), blank=True)
    target_2025_percent = models.PositiveSmallIntegerField(_("target by end-2025 (%)"))
    target_2026_percent = models.PositiveSmallIntegerField(_("target by end-2026 (%)"))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    min_age_years = models.PositiveSmallIntegerField(
        _("minimum age (years)"),
        null=True,
        blank=True,
        help_text=_("Leave empty for no lower age limit."),
    )
    max_age_years = models.PositiveSmallIntegerField(
        _("maximum age (years)"),
        null=True,
        blank=True,
        help_text=_("Leave empty for no upper age limit."),
    )

    class Meta:
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        ordering = ["sort_order", "code"]
        constraints = [
            models.CheckConstraint(
                condition=Q(target_2025_percent__lte=100) & Q(target_2026_percent__lte=100),
                name="target_group_percent_range",
            ),
            models.CheckConstraint(
                condition=Q(min_age_years__isnull=True)
                | Q(max_age_years__isnull=True)
                | Q(max_age_years__gte=models.F("min_age_years")),
                name="target_group_age_range",
            ),
        ]

    def __str__(self) -> str:
        return self.name_vi


class AttainmentRecord(models.Model):
    """One fact monitoring counts: a person's result on a day, in the unit and group they had.

    Written by the self-assessment (every finished attempt) and by learning (a completed
    learning path). Records survive the person's erasure: the account row stays, emptied.
    """

    class Source(models.TextChoices):
        ASSESSMENT = "assessment", _("self-assessment")
        LEARNING = "learning", _("learning path")

    class Verdict(models.TextChoices):
        BASIC = "basic", _("basic digital skills reached")
        NOT_BASIC = "not_basic", _("not yet")
        UNDETERMINED = "undetermined", _("undetermined")

    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="attainment_records",
    )
    achieved_on = models.DateField(_("date"))
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="attainment_records",
    )
    target_group = models.ForeignKey(
        TargetGroup,
        verbose_name=_("target group"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="attainment_records",
    )
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attainment_records",
    )
    source = models.CharField(_("source"), max_length=12, choices=Source.choices)
    # Which attempt or completion this is ("attempt:<uuid>"): writing it twice changes nothing.
    reference = models.CharField(_("reference"), max_length=80)
    verdict = models.CharField(_("verdict"), max_length=12, choices=Verdict.choices)
    is_confirmed = models.BooleanField(_("confirmed (proctored)"), default=False)
    # Level reached per domain number, {"1": 2, "2": 3, ...}.
    levels = models.JSONField(_("levels"), default=dict, blank=True)
    recorded_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        verbose_name = _("attainment record")
        verbose_name_plural = _("attainment records")
        ordering = ["-achieved_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "reference"], name="attainment_record_once_per_source"
            )
        ]
        indexes = [
            models.Index(fields=["person", "achieved_on"]),
            models.Index(fields=["unit", "target_group", "achieved_on"]),
        ]

    def __str__(self) -> str:
        return f"{self.person_id} {self.achieved_on} {self.verdict}"


class IndicatorAttainment(models.Model):
    """The first day a person met an indicator's rule, and where (see domain/indicators.py).

    Maintained in the transaction that writes the attainment record; `rebuild_indicators`
    recomputes it from the records and must find the same rows.
    """

    indicator = models.CharField(_("indicator"), max_length=30)
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    achieved_on = models.DateField(_("date"))
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    record = models.ForeignKey(
        AttainmentRecord,
        verbose_name=_("attainment record"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    class Meta:
        verbose_name = _("first attainment")
        verbose_name_plural = _("first attainments")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "person"], name="indicator_attainment_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator} {self.person_id} {self.achieved_on}"


class IndicatorDayCount(models.Model):
    """How many people first met an indicator's rule on a day in a unit (as recorded, before
    any roll-up): the running figures are sums of these."""

    indicator = models.CharField(_("indicator"), max_length=30)
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    day = models.DateField(_("date"))
    count = models.IntegerField(_("people"), default=0)

    class Meta:
        verbose_name = _("indicator count")
        verbose_name_plural = _("indicator counts")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "unit", "day"], name="indicator_day_count_once"
            )
        ]
        indexes = [models.Index(fields=["indicator", "day", "unit"], name="indicator_day_unit")]

    def __str__(self) -> str:
        return f"{self.indicator} {self.unit_id} {self.day}: {self.count}"


class IndicatorMonthCount(models.Model):
    """How many people first met an indicator's rule in a month in a unit (as recorded): the
    sum of the month's IndicatorDayCount rows, kept beside them so that a trend over the whole
    campaign reads one row per unit and month instead of one per day."""

    indicator = models.CharField(_("indicator"), max_length=30)
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    count = models.IntegerField(_("people"), default=0)

    class Meta:
        verbose_name = _("indicator month count")
        verbose_name_plural = _("indicator month counts")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "unit", "month"], name="indicator_month_count_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator} {self.unit_id} {self.month:%Y-%m}: {self.count}"


class Denominator(models.Model):
    """How many people of a target group a unit has in a year, and where the number comes from.

    Imported from official statistics (`import_denominators`) or counted from rosters; the
    source is shown beside every rate computed from it.
    """

    class Source(models.TextChoices):
        STATISTICS = "statistics", _("official statistics")
        ROSTER = "roster", _("counted from rosters")
        ESTIMATE = "estimate", _("estimate")

    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="denominators",
    )
    target_group = models.ForeignKey(
        TargetGroup,
        verbose_name=_("target group"),
        on_delete=models.PROTECT,
        related_name="denominators",
    )
    year = models.PositiveSmallIntegerField(_("year"))
    count = models.PositiveIntegerField(_("people"))
    source = models.CharField(_("source"), max_length=12, choices=Source.choices)
    # What the figure is: "Niên giám thống kê 2024, bảng 2.3", a file name, who counted.
    source_note = models.CharField(_("source details"), max_length=300, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("denominator")
        verbose_name_plural = _("denominators")
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "target_group", "year"], name="denominator_once_per_year"
            )
        ]

    def __str__(self) -> str:
        return f"{self.unit_id} {self.target_group_id} {self.year}: {self.count}"


class Target(models.Model):
    """The share of an indicator's group to reach in a unit (and everything below it) by a day.

    The province's targets are the defaults; a district (or any unit) may set its own, which
    applies to its subtree.
    """

    indicator = models.CharField(_("indicator"), max_length=30)
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="targets",
    )
    due_on = models.DateField(_("to reach by"))
    rate = models.DecimalField(
        _("share"),
        max_digits=4,
        decimal_places=3,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        ordering = ["indicator", "due_on"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "unit", "due_on"], name="target_once_per_unit_and_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator} {self.unit_id} {self.due_on}: {self.rate}"


class AggregateReport(models.Model):
    """Counts a commune or an organisation reports for a month, from training held offline.

    Like a DHIS2 data set: one form per reporting body and month, a line per target group. The
    commune (or organisation) fills it in and submits it; the district, or the province where
    there are no districts, approves it or returns it with a reason. Only approved reports count.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        SUBMITTED = "submitted", _("awaiting approval")
        APPROVED = "approved", _("approved")
        RETURNED = "returned", _("returned for correction")

    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("commune"),
        on_delete=models.PROTECT,
        related_name="aggregate_reports",
    )
    # None: the commune reports for its residents; else an organisation in it, for its members.
    organisation = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="aggregate_reports",
    )
    period_start = models.DateField(_("period from"))
    period_end = models.DateField(_("period to"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    note = models.TextField(_("notes"), blank=True)
    review_note = models.TextField(_("reviewer's comment"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)

    class Meta:
        verbose_name = _("aggregate report")
        verbose_name_plural = _("aggregate reports")
        ordering = ["-period_start", "unit__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "period_start"],
                condition=Q(organisation__isnull=True),
                name="aggregate_report_once_per_commune_month",
            ),
            models.UniqueConstraint(
                fields=["organisation", "period_start"],
                condition=Q(organisation__isnull=False),
                name="aggregate_report_once_per_organisation_month",
            ),
            models.CheckConstraint(
                condition=Q(period_end__gte=models.F("period_start")),
                name="aggregate_report_period",
            ),
        ]
        indexes = [models.Index(fields=["status", "period_end"])]

    def __str__(self) -> str:
        return f"{self.unit_id}/{self.organisation_id} {self.period_start}: {self.status}"


class AggregateReportLine(models.Model):
    """One target group's figures in a report.

    `reached` is cumulative: everyone of the group in the reporting body who has reached basic
    digital skills by the end of the period, whether or not they also have an account here.
    `trained` counts people who attended training during the period, for information only.
    """

    report = models.ForeignKey(
        AggregateReport,
        verbose_name=_("report"),
        on_delete=models.CASCADE,
        related_name="lines",
    )
    target_group = models.ForeignKey(
        TargetGroup,
        verbose_name=_("target group"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    trained = models.PositiveIntegerField(_("trained in the period"), default=0)
    reached = models.PositiveIntegerField(_("reached basic digital skills, cumulative"), default=0)

    class Meta:
        verbose_name = _("report line")
        verbose_name_plural = _("report lines")
        constraints = [
            models.UniqueConstraint(
                fields=["report", "target_group"], name="aggregate_report_line_once_per_group"
            )
        ]

    def __str__(self) -> str:
        return f"{self.report_id} {self.target_group_id}: {self.reached}"


class ReportExport(models.Model):
    """A periodic report (PDF) asked for by a manager and written in the background: who asked,
    for which unit and day, and the file once written. Only the requester downloads it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting to be written")
        RUNNING = "running", _("being written")
        DONE = "done", _("ready")
        FAILED = "failed", _("failed")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    day = models.DateField(_("figures as of"))
    parameters = models.JSONField(_("parameters"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    # A report is tens of kilobytes: kept in the row, so it needs no shared file storage
    # between the web and the worker processes.
    content = models.BinaryField(_("file"), blank=True, default=b"")
    filename = models.CharField(_("file name"), max_length=200, blank=True)
    error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    class Meta:
        verbose_name = _("report export")
        verbose_name_plural = _("report exports")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.unit_id} {self.day} {self.status}"


class IndicatorUnitTotal(models.Model):
    """How many people first met an indicator's rule in a unit, all days together (as recorded,
    before any roll-up): the sum of the unit's IndicatorDayCount rows, kept beside them so that
    today's figures read one row per unit instead of every day since the campaign began."""

    indicator = models.CharField(_("indicator"), max_length=30)
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("unit"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    count = models.IntegerField(_("people"), default=0)

    class Meta:
        verbose_name = _("indicator total")
        verbose_name_plural = _("indicator totals")
        constraints = [
            models.UniqueConstraint(fields=["indicator", "unit"], name="indicator_unit_total_once")
        ]

    def __str__(self) -> str:
        return f"{self.indicator} {self.unit_id}: {self.count}"
