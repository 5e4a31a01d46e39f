"""Placeholder routes; the account pages replace these."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

app_name = "accounts"


def _todo(request: HttpRequest) -> HttpResponse:
    return HttpResponse("todo")


urlpatterns = [
    path("", _todo, name="profile"),
    path("dang-nhap/", _todo, name="sign-in"),
    path("ung-dung/", _todo, name="tokens"),
    path("xac-thuc-hai-lop/", _todo, name="two-factor"),
    path("dong-y/", _todo, name="consent"),
]
