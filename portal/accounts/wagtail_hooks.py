"""Links from the Wagtail admin to the manager area and to the administrators' data screens."""

from typing import Any

from django.http import HttpRequest
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal.accounts import permissions


class ManagerAreaMenuItem(MenuItem):
    """Shown to unit and organisation managers and administrators."""

    def is_shown(self, request: HttpRequest) -> bool:
        return permissions.can_manage_people(request.user)


class AdministratorMenuItem(MenuItem):
    """Shown to system administrators only."""

    def is_shown(self, request: HttpRequest) -> bool:
        return permissions.can_view_audit_log(request.user)


@hooks.register("register_admin_menu_item")
def manager_area_item() -> Any:
    return ManagerAreaMenuItem(
        _("People and figures"), reverse_lazy("manage:home"), icon_name="group", order=900
    )


@hooks.register("register_admin_menu_item")
def reference_data_item() -> Any:
    return AdministratorMenuItem(
        _("Units, target groups and roles"),
        "/django-admin/",
        icon_name="cogs",
        order=910,
    )
