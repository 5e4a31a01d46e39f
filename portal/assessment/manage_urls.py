"""Routes of the proctored sessions, mounted at /quan-ly/phien-kiem-tra/."""

from django.urls import path

from portal.assessment import manage_views as views

app_name = "assessment-manage"

urlpatterns = [
    path("", views.session_list, name="session-list"),
    path("mo/", views.session_create, name="session-create"),
    path("<id:session_id>/", views.session_detail, name="session-detail"),
    path("<id:session_id>/dong/", views.session_close, name="session-close"),
]
