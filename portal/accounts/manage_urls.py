"""Routes of the manager area, mounted at /quan-ly/."""

from django.urls import path

from portal.accounts import manage_views as views

app_name = "manage"

urlpatterns = [
    path("", views.home, name="home"),
    path("nguoi-dung/", views.person_list, name="person-list"),
    path("nguoi-dung/xuat.csv", views.person_export, name="person-export"),
    path("nguoi-dung/<id:person_id>/", views.person_detail, name="person-detail"),
    path("to-chuc/", views.organisation_list, name="organisation-list"),
    path("to-chuc/them/", views.organisation_create, name="organisation-create"),
    path("to-chuc/<id:organisation_id>/", views.organisation_detail, name="organisation-detail"),
    path(
        "to-chuc/<id:organisation_id>/sua/", views.organisation_update, name="organisation-update"
    ),
    path("nhap-danh-sach/", views.roster_upload, name="roster-upload"),
    path("nhap-danh-sach/mau.csv", views.roster_template, name="roster-template"),
    path("nhat-ky/", views.audit_list, name="audit-list"),
]
