"""Routes of the campaign figures, mounted at /quan-ly/so-lieu/."""

from django.urls import path

from portal.campaign import (
    views,
    views_dashboard,
    views_exports,
    views_reports,
    views_targets,
)

app_name = "campaign"

urlpatterns = [
    path("", views.figures_list, name="figures-list"),
    path("xuat.csv", views.figures_export, name="figures-export"),
    path("chi-tieu/", views_targets.target_list, name="target-list"),
    path("bao-cao/", views_reports.report_list, name="aggregate-report-list"),
    path("bao-cao/moi/", views_reports.report_create, name="aggregate-report-create"),
    path("bao-cao/<id:report_id>/", views_reports.report_detail, name="aggregate-report-detail"),
    path(
        "bao-cao/<id:report_id>/nop/", views_reports.report_submit, name="aggregate-report-submit"
    ),
    path(
        "bao-cao/<id:report_id>/duyet/",
        views_reports.report_approve,
        name="aggregate-report-approve",
    ),
    path(
        "bao-cao/<id:report_id>/tra-lai/",
        views_reports.report_return,
        name="aggregate-report-return",
    ),
    path("tien-do/", views_dashboard.dashboard, name="progress-dashboard"),
    path("tien-do/xuat.<str:file_format>", views_exports.progress_export, name="progress-export"),
    path("tien-do/bao-cao-dinh-ky/", views_exports.report_create, name="report-create"),
    path(
        "tien-do/bao-cao-dinh-ky/<id:export_id>/",
        views_exports.report_detail,
        name="report-detail",
    ),
    path(
        "tien-do/bao-cao-dinh-ky/<id:export_id>/tai-ve/",
        views_exports.report_download,
        name="report-download",
    ),
]
