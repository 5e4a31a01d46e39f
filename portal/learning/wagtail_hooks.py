"""The learning app in the Wagtail admin: uploading SCORM packages."""

from typing import Any

from django.http import HttpRequest
from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from portal.learning import views_scorm


class ScormImportMenuItem(MenuItem):
    """Shown to editors and administrators who may add pages to the catalogue."""

    def is_shown(self, request: HttpRequest) -> bool:
        return views_scorm.can_import(request.user)


@hooks.register("register_admin_urls")
def scorm_admin_urls() -> list[Any]:
    return [path("scorm/", views_scorm.admin_import, name="learning_scorm_import")]


@hooks.register("register_admin_menu_item")
def scorm_import_item() -> Any:
    return ScormImportMenuItem(
        _("Import SCORM"), reverse_lazy("learning_scorm_import"), icon_name="upload", order=350
    )
