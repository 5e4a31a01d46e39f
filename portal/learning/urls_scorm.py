"""Routes of the SCORM player: the package's files in a sandboxed frame, and commits."""

from django.urls import path

from portal.learning import views_scorm

urlpatterns = [
    path(
        "hoc/scorm/<id:lesson_id>/noi-dung/<path:path>",
        views_scorm.content,
        name="scorm-content",
    ),
    path("hoc/scorm/<id:lesson_id>/luu/", views_scorm.commit, name="scorm-commit"),
]
