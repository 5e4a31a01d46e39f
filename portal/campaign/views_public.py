"""The public face of the campaign's figures: a tiny progress widget partner sites embed
(`/embed/progress?unit=CODE`): no cookies, no script, any site may frame it."""

import re

from csp.decorators import csp_replace
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_safe

from portal.campaign import progress
from portal.campaign.models import TargetGroup

CODE = re.compile(r"^\d{1,10}$")
DEFAULT_UNIT = "15"
CACHE_SECONDS = 300


@require_safe
@xframe_options_exempt
@csp_replace({"frame-ancestors": ["*"]})
def embed_progress(request: HttpRequest) -> HttpResponse:
    code = request.GET.get("unit", DEFAULT_UNIT)
    if not CODE.match(code):
        return _problem(request, _("The unit code is a GSO code of digits, e.g. 15 or 04606."), 400)
    day = timezone.localdate()
    key = f"campaign:embed:{code}:{day.isoformat()}:{get_language()}"
    figures = cache.get(key)
    if figures is None:
        unit = progress.unit_for_code(code, day)
        if unit is None:
            return _problem(request, _("There is no unit with this code today."), 404)
        figures = progress.progress(unit=unit, day=day, public=True, with_children=False)
        cache.set(key, figures, CACHE_SECONDS)
    english = get_language() == "en"
    names = {
        group.code: group.name_en if english else group.name_vi
        for group in TargetGroup.objects.all()
    }
    rows = [(names.get(item.group, item.group), item) for item in figures.groups]
    response = render(request, "campaign/embed_progress.html", {"figures": figures, "rows": rows})
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
    return response


def _problem(request: HttpRequest, message: str, status: int) -> HttpResponse:
    return render(request, "campaign/embed_problem.html", {"message": message}, status=status)
