"""Routes of the campaign figures, mounted at /quan-ly/so-lieu/."""

from django.urls import path

from portal.campaign import views, views_targets

app_name = "campaign"

urlpatterns = [
    path("", views.figures_list, name="figures-list"),
    path("xuat.csv", views.figures_export, name="figures-export"),
    path("chi-tieu/", views_targets.target_list, name="target-list"),
]
