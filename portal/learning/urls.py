"""Routes of the learning app that are not Wagtail pages (those live under /hoc/)."""

from django.urls import include, path

from portal.learning import views

app_name = "learning"

urlpatterns = [
    path("hoc/", views.start, name="start"),
    path("hoc/cua-toi/", views.my_learning, name="mine"),
    path("hoc/dang-ky/<int:course_id>/", views.enrol, name="enrol"),
    path("hoc/bai/<int:lesson_id>/hoan-thanh/", views.lesson_complete, name="lesson-complete"),
    path("hoc/kiem-tra/<int:quiz_id>/bat-dau/", views.quiz_start, name="quiz-start"),
    path("hoc/kiem-tra/lan/<uuid:attempt_id>/", views.quiz_attempt, name="quiz-attempt"),
    path("hoc/kiem-tra/lan/<uuid:attempt_id>/luu/", views.quiz_save, name="quiz-save"),
    path("hoc/kiem-tra/lan/<uuid:attempt_id>/nop/", views.quiz_submit, name="quiz-submit"),
    path("hoc/kiem-tra/lan/<uuid:attempt_id>/ket-qua/", views.quiz_result, name="quiz-result"),
    path("", include("portal.learning.urls_scorm")),
    path("", include("portal.learning.urls_certificates")),
]
