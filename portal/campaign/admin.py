from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from portal.campaign.models import (
    AdministrativeUnit,
    AggregateReport,
    AggregateReportLine,
    AttainmentRecord,
    TargetGroup,
    UnitSuccession,
)


@admin.register(AdministrativeUnit)
class AdministrativeUnitAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "level", "unit_type", "parent", "valid_from", "valid_to")
    list_filter = ("level", "valid_from")
    search_fields = ("code", "name", "name_folded")
    raw_id_fields = ("parent",)


@admin.register(UnitSuccession)
class UnitSuccessionAdmin(admin.ModelAdmin):
    list_display = ("predecessor", "successor", "effective_on", "merge_type")
    list_filter = ("effective_on", "merge_type")
    search_fields = ("predecessor__name", "successor__name", "predecessor__code")
    raw_id_fields = ("predecessor", "successor")


@admin.register(TargetGroup)
class TargetGroupAdmin(admin.ModelAdmin):
    list_display = (
        "code",
        "name_vi",
        "name_en",
        "target_2025_percent",
        "target_2026_percent",
        "min_age_years",
        "max_age_years",
    )
    fields = (
        "code",
        "name_vi",
        "name_en",
        "description_vi",
        "target_2025_percent",
        "target_2026_percent",
        "min_age_years",
        "max_age_years",
        "sort_order",
    )


@admin.register(AttainmentRecord)
class AttainmentRecordAdmin(admin.ModelAdmin):
    """Read-only: records are written by the assessment and learning, never by hand."""

    list_display = ("achieved_on", "person", "unit", "target_group", "source", "verdict")
    list_filter = ("source", "verdict", "is_confirmed", "target_group")
    raw_id_fields = ("person", "unit", "organisation")

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


class AggregateReportLineInline(admin.TabularInline):
    model = AggregateReportLine
    fields = ("target_group", "trained", "reached")
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(AggregateReport)
class AggregateReportAdmin(admin.ModelAdmin):
    """Read-only: reports are entered, submitted and approved in the manager area, audited."""

    list_display = ("period_start", "unit", "organisation", "status", "submitted_at", "reviewed_by")
    list_filter = ("status", "period_start")
    search_fields = ("unit__name", "unit__code", "organisation__name")
    raw_id_fields = ("unit", "organisation", "created_by", "submitted_by", "reviewed_by")
    inlines = (AggregateReportLineInline,)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
