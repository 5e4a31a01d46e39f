from django.urls import path

from portal.assessment import views

app_name = "assessment"

urlpatterns = [path("tu-danh-gia/", views.start, name="start")]
