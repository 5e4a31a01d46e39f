"""Placeholder; the figures pages replace this."""

app_name = "campaign"
urlpatterns: list = []
