"""People who use the portal, the organisations they belong to, their roles and their data."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from portal.campaign.models import AdministrativeUnit, TargetGroup


class Organisation(models.Model):
    """An agency, school, enterprise or cooperative whose members the campaign counts."""

    class Kind(models.TextChoices):
        AGENCY = "agency", _("State agency or public unit")
        SCHOOL = "school", _("School or university")
        ENTERPRISE = "enterprise", _("Enterprise")
        COOPERATIVE = "cooperative", _("Cooperative")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("administrative unit"),
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    name_folded = models.CharField(max_length=200, editable=False, db_index=True)
    is_demo_data = models.BooleanField(_("demo data"), default=False)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["unit", "name"], name="organisation_unit_name")
        ]

    def __str__(self) -> str:
        return self.name


class User(AbstractUser):
    """A person with an account: a learner, editor, moderator, manager or administrator.

    People sign in with a phone number (E.164) or an e-mail; `username` is an internal handle.
    An erased account keeps its row with every personal field emptied, so that campaign figures
    (unit, group, year of birth band) do not change when a person leaves.
    """

    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    # NULL, not "", for "no phone": the unique constraint must allow many people without one.
    phone = models.CharField(  # noqa: DJ001
        _("mobile number"), max_length=16, null=True, blank=True
    )
    birth_year = models.PositiveSmallIntegerField(_("year of birth"), null=True, blank=True)
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("commune of residence or work"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="people",
    )
    target_group = models.ForeignKey(
        TargetGroup,
        verbose_name=_("target group"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="people",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    # Keyed hash (HMAC-SHA256) of the 12-digit citizen ID: enough to find duplicates, useless
    # to anyone who reads the database without the key. Only the last three digits are kept.
    citizen_id_digest = models.CharField(  # noqa: DJ001
        max_length=64, null=True, blank=True, editable=False
    )
    citizen_id_last_digits = models.CharField(max_length=3, blank=True, editable=False)
    phone_verified_at = models.DateTimeField(_("phone verified at"), null=True, blank=True)
    email_verified_at = models.DateTimeField(_("e-mail verified at"), null=True, blank=True)
    invited_at = models.DateTimeField(_("invited at"), null=True, blank=True)
    erased_at = models.DateTimeField(_("erased at"), null=True, blank=True)
    is_demo_data = models.BooleanField(_("demo data"), default=False)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(fields=["phone"], name="user_phone_unique"),
            models.UniqueConstraint(
                Lower("email"), condition=~Q(email=""), name="user_email_unique"
            ),
            models.UniqueConstraint(fields=["citizen_id_digest"], name="user_citizen_id_unique"),
        ]
        indexes = [models.Index(fields=["unit", "target_group"])]

    @property
    def display_name(self) -> str:
        """What the site calls this person."""
        return self.full_name or self.phone or self.email or self.username

    @property
    def citizen_id_masked(self) -> str:
        """The citizen ID as shown anywhere: only its last three digits."""
        return f"•••••••••{self.citizen_id_last_digits}" if self.citizen_id_last_digits else ""


class Role(models.TextChoices):
    """Scoped roles; editors and moderators are Wagtail groups, administrators superusers."""

    UNIT_MANAGER = "unit_manager", _("Unit manager")
    ORGANISATION_MANAGER = "organisation_manager", _("Organisation manager")


class RoleAssignment(models.Model):
    """A role given to a person over a unit subtree or one organisation."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="role_assignments",
    )
    role = models.CharField(_("role"), max_length=30, choices=Role.choices)
    unit = models.ForeignKey(
        AdministrativeUnit,
        verbose_name=_("administrative unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="role_assignments",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="role_assignments",
    )
    target_groups = models.ManyToManyField(
        TargetGroup,
        verbose_name=_("limited to target groups"),
        blank=True,
        help_text=_("Leave empty to cover every target group."),
    )
    granted_at = models.DateTimeField(_("granted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("role assignment")
        verbose_name_plural = _("role assignments")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(role="unit_manager", unit__isnull=False, organisation__isnull=True)
                    | Q(role="organisation_manager", organisation__isnull=False, unit__isnull=True)
                ),
                name="role_assignment_scope",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()} — {self.unit or self.organisation}"


class ConsentRecord(models.Model):
    """A person's explicit consent to a version of the privacy notice (Decree 13/2023, art. 11)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents"
    )
    notice_version = models.CharField(_("notice version"), max_length=20)
    purposes = models.TextField(_("purposes"))
    accepted_at = models.DateTimeField(_("accepted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-accepted_at"]

    def __str__(self) -> str:
        return f"{self.user_id} {self.notice_version} {self.accepted_at:%Y-%m-%d}"


class OneTimeCode(models.Model):
    """A short code sent to a phone or e-mail to prove it belongs to the person."""

    class Purpose(models.TextChoices):
        VERIFY = "verify", _("verify a phone number or e-mail")
        RESET_PASSWORD = "reset_password", _("reset a password")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="one_time_codes"
    )
    purpose = models.CharField(max_length=20, choices=Purpose.choices)
    destination = models.CharField(max_length=254)
    code_digest = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    attempts = models.PositiveSmallIntegerField(default=0)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["destination", "created_at"])]

    def __str__(self) -> str:
        return f"{self.purpose} {self.destination}"


class AuditEntry(models.Model):
    """Who did what to personal data, when, from which unit scope (Decree 13/2023, art. 27)."""

    class Action(models.TextChoices):
        PERSON_VIEWED = "person.viewed", _("viewed a person's data")
        PEOPLE_LISTED = "people.listed", _("listed people")
        PEOPLE_EXPORTED = "people.exported", _("exported people")
        ROSTER_IMPORTED = "roster.imported", _("imported a roster")
        FIGURES_EXPORTED = "figures.exported", _("exported figures")
        OWN_DATA_EXPORTED = "own_data.exported", _("downloaded own data")
        ACCOUNT_ERASED = "account.erased", _("erased own account")
        ROLE_GRANTED = "role.granted", _("granted a role")
        SESSION_VIEWED = "session.viewed", _("viewed a proctored session's results")
        COURSE_ASSIGNED = "course.assigned", _("assigned a course")
        CERTIFICATE_REVOKED = "certificate.revoked", _("revoked a certificate")
        TARGET_SET = "target.set", _("set a target")
        REPORT_SAVED = "report.saved", _("saved an aggregate report")
        REPORT_SUBMITTED = "report.submitted", _("submitted an aggregate report")
        REPORT_APPROVED = "report.approved", _("approved an aggregate report")
        REPORT_RETURNED = "report.returned", _("returned an aggregate report")
        REPORT_EXPORTED = "report.exported", _("produced an official progress report")

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="audit_entries",
    )
    actor_label = models.CharField(_("who"), max_length=150)
    action = models.CharField(_("action"), max_length=30, choices=Action.choices)
    target = models.CharField(_("what"), max_length=200, blank=True)
    scope = models.CharField(_("unit scope"), max_length=500, blank=True)
    ip_address = models.GenericIPAddressField(_("from address"), null=True, blank=True)
    detail = models.JSONField(_("detail"), default=dict, blank=True)
    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} {self.target}"
