"""Public views of the news portal that are not Wagtail pages: search."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from portal.news import selectors
from portal.news.forms import SearchForm


@require_GET
def search(request: HttpRequest) -> HttpResponse:
    """Search articles and pages, ignoring Vietnamese diacritics and case."""
    form = SearchForm(request.GET or None)
    results = None
    if form.is_valid():
        section_kind = form.cleaned_data["section"]
        section = selectors.section_for_kind(section_kind) if section_kind else None
        results = selectors.search(
            query=form.cleaned_data["q"], section=section, page_number=form.cleaned_data["page"]
        )
    context = {"form": form, "results": results, "sections": selectors.sections()}
    status = 400 if form.is_bound and not form.is_valid() else 200
    return render(request, "news/search_results.html", context, status=status)
