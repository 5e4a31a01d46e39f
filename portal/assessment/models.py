"""The digital competence framework (Circular 02/2025/TT-BGDĐT) as data administrators edit."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

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
