"""Routes of the offline (PWA) part of learning; /sw.js and /manifest.webmanifest are at the
site root (config/urls.py) so that the service worker's scope covers every page."""

from django.urls import path

from portal.learning import views_offline

urlpatterns = [
    path("hoc/ngoai-tuyen/", views_offline.offline, name="offline"),
    path(
        "hoc/ngoai-tuyen/khoa/<id:course_id>/",
        views_offline.offline_course,
        name="offline-course",
    ),
    path("hoc/dong-bo/", views_offline.offline_sync, name="offline-sync"),
]
