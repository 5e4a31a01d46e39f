"""Django admin for people, organisations, roles and the (read-only) audit and consent logs."""

from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from portal.accounts.models import AuditEntry, ConsentRecord, Organisation, RoleAssignment, User
from portal.core.domain.text import fold


@admin.register(User)
class PersonAdmin(UserAdmin):
    list_display = ("username", "full_name", "phone", "email", "unit", "target_group", "is_staff")
    list_filter = ("is_staff", "is_superuser", "is_active", "target_group", "is_demo_data")
    search_fields = ("username", "full_name", "phone", "email")
    raw_id_fields = ("unit", "organisation")
    readonly_fields = ("citizen_id_last_digits", "erased_at", "invited_at")
    fieldsets = (
        *(UserAdmin.fieldsets or ()),
        (
            _("Profile"),
            {
                "fields": (
                    "full_name",
                    "phone",
                    "birth_year",
                    "unit",
                    "target_group",
                    "organisation",
                    "citizen_id_last_digits",
                    "phone_verified_at",
                    "email_verified_at",
                    "invited_at",
                    "erased_at",
                    "is_demo_data",
                )
            },
        ),
    )


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "unit")
    list_filter = ("kind",)
    search_fields = ("name", "name_folded")
    raw_id_fields = ("unit",)

    def save_model(self, request: HttpRequest, obj: Organisation, form: Any, change: bool) -> None:
        # The folded name is what roster imports and duplicate checks match on.
        obj.name_folded = fold(obj.name)
        super().save_model(request, obj, form, change)


@admin.register(RoleAssignment)
class RoleAssignmentAdmin(admin.ModelAdmin):
    list_display = ("user", "role", "unit", "organisation", "granted_at")
    list_filter = ("role",)
    raw_id_fields = ("user", "unit", "organisation")
    filter_horizontal = ("target_groups",)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Logs are evidence: nobody edits or deletes them from the admin."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    list_display = ("at", "actor_label", "action", "target", "scope", "ip_address")
    list_filter = ("action",)
    search_fields = ("actor_label", "target")
    date_hierarchy = "at"


@admin.register(ConsentRecord)
class ConsentRecordAdmin(ReadOnlyAdmin):
    list_display = ("user", "notice_version", "accepted_at")
    list_filter = ("notice_version",)
    raw_id_fields = ("user",)
