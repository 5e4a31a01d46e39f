"""Learning pages (courses arrive with issue #5)."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from portal.news import selectors as news_selectors


@require_GET
def start(request: HttpRequest) -> HttpResponse:
    """Where "Start learning" leads: what to learn with today."""
    platforms = news_selectors.section_for_kind("platforms")
    return render(request, "learning/start.html", {"platforms": platforms})
