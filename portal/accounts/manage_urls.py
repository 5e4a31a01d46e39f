"""Placeholder; the manager area replaces this."""

app_name = "manage"
urlpatterns: list = []
