"""Certificates of course completion that anyone can verify."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Certificate(models.Model):
    """Issued once per person and course; the holder's name and course title are kept as
    printed, so the verification page shows what the paper shows."""

    class Status(models.TextChoices):
        VALID = "valid", _("valid")
        REVOKED = "revoked", _("revoked")

    code = models.CharField(_("code"), max_length=20, unique=True)
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("holder"),
        on_delete=models.CASCADE,
        related_name="certificates",
    )
    course = models.ForeignKey(
        "learning.CoursePage",
        verbose_name=_("course"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    holder_name = models.CharField(_("holder's name"), max_length=200)
    course_title = models.CharField(_("course"), max_length=300)
    issuer_name = models.CharField(_("issuer"), max_length=300)
    issued_on = models.DateField(_("date issued"))
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.VALID
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revoked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revocation_reason = models.CharField(_("reason for revocation"), max_length=300, blank=True)
    # The signed Open Badges 3.0 credential, and the rendered PDF (both made by a task).
    credential = models.JSONField(_("verifiable credential"), null=True, blank=True)
    pdf = models.FileField(_("PDF"), upload_to="certificates/", blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(fields=["person", "course"], name="certificate_once"),
        ]

    def __str__(self) -> str:
        return self.code
