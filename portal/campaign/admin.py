from django.contrib import admin

from portal.campaign.models import AdministrativeUnit, TargetGroup


@admin.register(AdministrativeUnit)
class AdministrativeUnitAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "level", "unit_type", "parent", "valid_from", "valid_to")
    list_filter = ("level", "valid_from")
    search_fields = ("code", "name", "name_folded")
    raw_id_fields = ("parent",)


@admin.register(TargetGroup)
class TargetGroupAdmin(admin.ModelAdmin):
    list_display = ("code", "name_vi", "target_2025_percent", "target_2026_percent")
