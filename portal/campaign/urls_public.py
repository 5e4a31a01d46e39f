"""Public campaign pages outside the manager area."""

from django.urls import path

from portal.campaign import views_public

app_name = "campaign-public"

urlpatterns = [
    path("embed/progress", views_public.embed_progress, name="embed-progress"),
]
