from django.contrib import admin

from portal.assessment.models import (
    BasicRequirement,
    Competence,
    CompetenceArea,
    ProficiencyLevel,
)


class CompetenceInline(admin.TabularInline):
    model = Competence
    extra = 0


@admin.register(CompetenceArea)
class CompetenceAreaAdmin(admin.ModelAdmin):
    list_display = ("number", "name_vi", "name_en")
    inlines = [CompetenceInline]


@admin.register(Competence)
class CompetenceAdmin(admin.ModelAdmin):
    list_display = ("code", "name_vi", "area", "digcomp_equivalent")
    list_filter = ("area",)
    search_fields = ("code", "name_vi", "name_en")


@admin.register(ProficiencyLevel)
class ProficiencyLevelAdmin(admin.ModelAdmin):
    list_display = ("number", "tier_vi", "tier_en", "code")


@admin.register(BasicRequirement)
class BasicRequirementAdmin(admin.ModelAdmin):
    list_display = ("target_group", "area", "level")
    list_filter = ("target_group",)
    list_editable = ("level",)
