"""Self-assessment pages (the adaptive test arrives with issue #4)."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from portal.news import selectors as news_selectors


@require_GET
def start(request: HttpRequest) -> HttpResponse:
    """Where "Assess your digital skills" leads: what the self-assessment will be."""
    platforms = news_selectors.section_for_kind("platforms")
    return render(request, "assessment/start.html", {"platforms": platforms})
