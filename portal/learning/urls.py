from django.urls import path

from portal.learning import views

app_name = "learning"

urlpatterns = [path("hoc/", views.start, name="start")]
