"""Routes of the learning app that are not Wagtail pages (those live under /hoc/)."""

from django.urls import include, path

from portal.learning import views, views_manage

app_name = "learning"

urlpatterns = [
    path("hoc/", views.start, name="start"),
    path("hoc/cua-toi/", views.my_learning, name="mine"),
    path("hoc/dang-ky/<id:course_id>/", views.enrol, name="enrol"),
    path("hoc/bai/<id:lesson_id>/hoan-thanh/", views.lesson_complete, name="lesson-complete"),
    path("hoc/kiem-tra/<id:quiz_id>/bat-dau/", views.quiz_start, name="quiz-start"),
    path("hoc/kiem-tra/lan/<uuid:attempt_id>/", views.quiz_attempt, name="quiz-attempt"),
    path("hoc/kiem-tra/lan/<uuid:attempt_id>/luu/", views.quiz_save, name="quiz-save"),
    path("hoc/kiem-tra/lan/<uuid:attempt_id>/nop/", views.quiz_submit, name="quiz-submit"),
    path("hoc/kiem-tra/lan/<uuid:attempt_id>/ket-qua/", views.quiz_result, name="quiz-result"),
    path(
        "quan-ly/to-chuc/<id:organisation_id>/khoa-hoc/",
        views_manage.organisation_courses,
        name="organisation-courses",
    ),
    path("", include("portal.learning.urls_scorm")),
    path("", include("portal.learning.urls_certificates")),
    path("", include("portal.learning.urls_offline")),
]
