from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from portal.assessment.models import (
    Attempt,
    BasicRequirement,
    Competence,
    CompetenceArea,
    Item,
    ProctoredSession,
    ProficiencyLevel,
    Response,
)
from portal.assessment.services import bank


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
    list_display = ("number", "tier_vi", "tier_en", "code", "theta_from")


@admin.register(BasicRequirement)
class BasicRequirementAdmin(admin.ModelAdmin):
    list_display = ("target_group", "area", "level", "is_required")
    list_filter = ("target_group",)
    list_editable = ("level", "is_required")


@admin.register(Item)
class ItemAdmin(admin.ModelAdmin):
    list_display = ("code", "competence", "level", "kind", "status", "a", "b", "times_served")
    list_filter = ("status", "kind", "level", "competence__area")
    search_fields = ("code", "stem_vi")
    readonly_fields = ("times_served", "created_at", "updated_at")
    actions = ["make_operational", "make_pretest", "retire"]

    @admin.action(description=_("Make operational (counted in results)"))
    def make_operational(self, request: HttpRequest, queryset: QuerySet[Item]) -> None:
        self._set_status(queryset, Item.Status.OPERATIONAL)

    @admin.action(description=_("Make pretest (shown, not counted)"))
    def make_pretest(self, request: HttpRequest, queryset: QuerySet[Item]) -> None:
        self._set_status(queryset, Item.Status.PRETEST)

    @admin.action(description=_("Retire"))
    def retire(self, request: HttpRequest, queryset: QuerySet[Item]) -> None:
        self._set_status(queryset, Item.Status.RETIRED)

    def _set_status(self, queryset: QuerySet[Item], status: str) -> None:
        queryset.update(status=status)
        bank.forget_bank()


class ResponseInline(admin.TabularInline):
    model = Response
    extra = 0
    can_delete = False
    fields = ("position", "item", "phase", "answer", "score", "answered_at")
    readonly_fields = fields

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Attempt)
class AttemptAdmin(admin.ModelAdmin):
    """Read-only: results are what the engine computed, never edited by hand."""

    list_display = ("started_at", "person", "target_group", "mode", "status", "verdict")
    list_filter = ("status", "verdict", "mode", "is_confirmed", "target_group")
    raw_id_fields = ("person",)
    inlines = [ResponseInline]

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(ProctoredSession)
class ProctoredSessionAdmin(admin.ModelAdmin):
    list_display = ("title", "code", "unit", "organisation", "opens_at", "closes_at", "closed_at")
    search_fields = ("title", "code")
    raw_id_fields = ("unit", "organisation", "opened_by")
