"""The public face of the figures: the embeddable widget (no cookies, any site may frame it,
small groups suppressed) and the home page's headline figure."""

import pytest
from django.utils import timezone

from portal.campaign import selectors
from portal.campaign.models import AdministrativeUnit, Denominator, TargetGroup

pytestmark = pytest.mark.django_db


def _sizes_this_year(**counts):
    adults = TargetGroup.objects.get(code="adults")
    for code, count in counts.items():
        Denominator.objects.create(
            unit=AdministrativeUnit.objects.get(code=code.lstrip("u"), valid_to=None),
            target_group=adults,
            year=timezone.localdate().year,
            count=count,
            source="estimate",
        )


def test_the_widget_is_frameable_sets_no_cookie_and_suppresses_small_groups(client, figures):
    # Xã Bản Mù's 2 adults count in Xã Phình Hồ since the merger; 8 people: no rate shown.
    _sizes_this_year(u04609=8)
    response = client.get("/embed/progress", {"unit": "04609"})
    assert response.status_code == 200
    assert not response.cookies
    assert "X-Frame-Options" not in response
    assert "frame-ancestors *" in response["Content-Security-Policy"]
    text = response.content.decode()
    assert "Phình Hồ" in text
    assert "<script" not in text
    assert "embed-fill" not in text


def test_the_widget_shows_a_rate_against_its_target(client, figures):
    # Xã Trạm Tấu's 4 adults count in the new Xã Trạm Tấu: 4 of 15.
    _sizes_this_year(u04606=15)
    text = client.get("/embed/progress", {"unit": "04606"}).content.decode()
    assert "27%" in text
    assert "embed-w5" in text  # the bar, in 5% steps
    assert "/ 100%" in text  # the end-2026 target


def test_the_widget_explains_a_bad_or_unknown_code(client, figures):
    bad = client.get("/embed/progress", {"unit": "x15"})
    assert bad.status_code == 400
    assert "04606" in bad.content.decode()  # an example of a code
    assert client.get("/embed/progress", {"unit": "99999"}).status_code == 404


def test_the_home_figure_appears_once_this_years_group_sizes_exist(figures):
    assert selectors.progress_summary() is None  # only 2025 sizes so far
    Denominator.objects.create(
        unit=figures["new_xa_tram_tau"],
        target_group=TargetGroup.objects.get(code="adults"),
        year=timezone.localdate().year,
        count=30,
        source="estimate",
    )
    summary = selectors.progress_summary()
    assert summary is not None
    assert summary.reached_percent == pytest.approx(20.0)  # 6 of 30, all in the new province
    assert (summary.reached, summary.people) == (6, 30)
