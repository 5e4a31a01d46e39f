"""The progress dashboard (/quan-ly/so-lieu/tien-do/): figures equal to progress(), scoped to
the viewer's units, lagging units first, drill-down, filters and bad input."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from conftest import sign_in
from portal.campaign import dashboard, progress
from portal.campaign.dashboard import people_text, percent_text
from portal.campaign.models import AdministrativeUnit

pytestmark = pytest.mark.django_db

URL = reverse("campaign:progress-dashboard")
BEFORE = "2025-06-30"
DAY = date(2025, 6, 30)


def _card(response, indicator):
    return next(
        card.figures
        for card in response.context["board"].cards
        if card.figures.indicator == indicator
    )


def test_the_district_dashboard_shows_the_figures_of_progress(client, figures, district_manager):
    sign_in(client, district_manager)
    response = client.get(URL, {"date": BEFORE})
    assert response.status_code == 200
    board = response.context["board"]
    assert board.unit == figures["tram_tau"]
    expected = progress.progress(unit=figures["tram_tau"], day=DAY, public=False)
    content = response.content.decode()
    for group in expected.groups:
        card = _card(response, group.group)
        assert (card.denominator, card.attained, card.rate) == (
            group.denominator,
            group.attained,
            group.rate,
        )
        assert card.status == group.status
    adults = _card(response, "adults")
    assert (adults.denominator, adults.attained, adults.gap) == (20, 6, 10)
    assert percent_text(adults.rate) == "30,0%"
    assert "30,0%" in content
    assert people_text(20) in content
    assert "80,0%" in content  # the province's default target
    confirmed = _card(response, "adults_confirmed")
    assert (confirmed.attained, confirmed.denominator) == (2, 20)


def test_the_chart_is_an_image_with_a_title_a_description_and_its_table(
    client, figures, district_manager
):
    sign_in(client, district_manager)
    response = client.get(URL, {"date": BEFORE, "indicator": "adults"})
    content = response.content.decode()
    assert 'role="img"' in content
    assert '<title id="chart-title-adults">' in content
    assert '<desc id="chart-desc-adults">' in content
    trend = response.context["board"].cards[0].trend
    assert [(row.day, row.attained) for row in trend.rows] == [
        (date(2025, 3, 31), 0),
        (date(2025, 4, 30), 0),
        (date(2025, 5, 31), 6),
        (date(2025, 6, 30), 6),
    ]
    assert '<td class="number">30,0%</td>' in content
    assert 'class="chart-target"' in content
    assert 'x1="64.0"' in content  # SVG coordinates are never written the Vietnamese way (48,0)
    # All six arrived on one day more than 40 days ago: the 90-day pace is 6 people per 90 days.
    assert trend.projected_on is not None
    assert trend.message


def test_units_below_are_ranked_lagging_first_and_link_to_their_dashboard(
    client, figures, district_manager
):
    sign_in(client, district_manager)
    response = client.get(URL, {"date": BEFORE, "indicator": "adults"})
    rows = response.context["board"].children
    # Bản Mù (25%) is at risk, Trạm Tấu (33,3%) on track; communes without sizes come last.
    assert [row.unit.code for row in rows[:2]] == ["04615", "04600"]
    assert [row.figures[0].status for row in rows[:2]] == ["at_risk", "on_track"]
    assert all(row.figures[0].status is None for row in rows[2:])
    content = response.content.decode()
    assert f"unit={figures['xa_tram_tau'].pk}" in content
    assert "25,0%" in content
    assert "33,3%" in content
    drilled = client.get(
        URL, {"date": BEFORE, "indicator": "adults", "unit": figures["xa_tram_tau"].pk}
    )
    assert drilled.status_code == 200
    assert _card(drilled, "adults").attained == 4
    assert [unit.code for unit in drilled.context["board"].trail] == ["139", "04600"]


def test_a_commune_manager_sees_only_their_commune(client, figures, commune_manager):
    sign_in(client, commune_manager)
    response = client.get(URL, {"date": BEFORE})
    assert response.status_code == 200
    assert response.context["board"].unit == figures["xa_tram_tau"]
    assert _card(response, "adults").attained == 4
    for key in ("xa_ban_mu", "tram_tau", "yen_bai", "lao_cai", "mu_cang_chai"):
        assert client.get(URL, {"unit": figures[key].pk}).status_code == 404, key
    assert client.get(URL, {"unit": "abc"}).status_code == 404


def test_confirmed_only_counts_adults_by_their_confirmed_results(client, figures, district_manager):
    sign_in(client, district_manager)
    response = client.get(URL, {"date": BEFORE, "confirmed": "1"})
    indicators = [card.figures.indicator for card in response.context["board"].cards]
    assert indicators == ["officials", "students", "adults_confirmed", "workers"]
    assert _card(response, "adults_confirmed").attained == 2
    one = client.get(URL, {"date": BEFORE, "confirmed": "1", "indicator": "adults"})
    assert [card.figures.indicator for card in one.context["board"].cards] == ["adults_confirmed"]
    assert [row.figures[0].attained for row in one.context["board"].children[:2]] == [1, 1]


def test_bad_filters_get_a_message_and_the_page_still_renders(client, figures, district_manager):
    sign_in(client, district_manager)
    response = client.get(URL, {"date": "2025-13-01", "indicator": "nonsense"})
    assert response.status_code == 400
    errors = response.context["filters"].errors
    assert len(errors) == 2
    content = response.content.decode()
    assert 'role="alert"' in content
    assert response.context["board"].cards  # today's figures, every indicator


def test_a_unit_that_did_not_exist_on_the_day_says_so(client, figures, district_manager):
    sign_in(client, district_manager)
    response = client.get(URL, {"date": "2025-08-01", "unit": figures["tram_tau"].pk})
    assert response.status_code == 200
    board = response.context["board"]
    assert board.notice
    assert "30/06/2025" in board.notice
    assert not board.cards


def test_after_the_reform_a_district_manager_sees_the_new_communes_of_their_district(
    client, figures, district_manager
):
    sign_in(client, district_manager)
    response = client.get(URL, {"date": "2025-08-01", "indicator": "adults"})
    assert response.status_code == 200
    board = response.context["board"]
    codes = [row.unit.code for row in board.children]
    assert figures["new_xa_tram_tau"].code in codes or board.unit == figures["new_xa_tram_tau"]
    assert "04600" not in codes


def test_the_province_dashboard_takes_a_bounded_number_of_queries(
    client, figures, province_manager, django_assert_max_num_queries
):
    sign_in(client, province_manager)
    client.get(URL, {"date": BEFORE})  # the unit graph is cached from then on
    with CaptureQueriesContext(connection) as figures_alone:
        progress.progress(unit=figures["yen_bai"], day=DAY, public=False)
    # On top of progress(): session and scope, the targets of the confirmed indicator, two
    # queries for the months (whole months, then the last days), one for the reports over
    # time; never one per unit or month.
    with django_assert_max_num_queries(len(figures_alone) + 14):
        response = client.get(URL, {"date": BEFORE})
    assert response.context["board"].unit == figures["yen_bai"]
    assert len(response.context["board"].children) >= 2


def test_the_nav_leads_to_the_dashboard(client, figures, district_manager):
    sign_in(client, district_manager)
    response = client.get(reverse("manage:home"))
    assert URL in response.content.decode()


def test_a_new_commune_draws_its_former_communes_results_from_the_start(
    client, figures, district_manager
):
    sign_in(client, district_manager)
    new_commune = figures["new_xa_tram_tau"]
    response = client.get(
        URL, {"date": "2025-08-01", "indicator": "adults", "unit": new_commune.pk}
    )
    assert response.status_code == 200
    trend = response.context["board"].cards[0].trend
    # Xã Trạm Tấu's four results of 10 May count in the new commune it became part of.
    assert [(row.day, row.attained) for row in trend.rows] == [
        (date(2025, 3, 31), 0),
        (date(2025, 4, 30), 0),
        (date(2025, 5, 31), 4),
        (date(2025, 6, 30), 4),
        (date(2025, 7, 31), 4),
        (date(2025, 8, 1), 4),
    ]
    assert _card(response, "adults").attained == 4


def test_after_the_reform_the_former_district_is_one_click_away(client, figures, district_manager):
    sign_in(client, district_manager)
    response = client.get(URL, {"date": "2025-08-01"})
    assert response.context["board"].former_units == [figures["tram_tau"]]
    assert f"?date=2025-06-30&amp;unit={figures['tram_tau'].pk}" in response.content.decode()


def test_the_ranking_looks_past_confirmed_results_while_other_indicators_are_shown():
    def row(name, adults_status, adults_rate):
        return dashboard.ChildRow(
            unit=AdministrativeUnit(name=name, name_folded=name.lower()),
            figures=[
                dashboard.Figures("adults", 100, 1, adults_rate, 0.8, None, adults_status),
                dashboard.Figures("adults_confirmed", 100, 0, 0.0, 0.8, None, "behind"),
            ],
        )

    ahead, lagging = row("Xã A", "on_track", 0.6), row("Xã B", "at_risk", 0.3)
    assert [r.unit.name for r in sorted([ahead, lagging], key=lambda r: r.rank)] == [
        "Xã B",
        "Xã A",
    ]
    assert lagging.worst is not None
    assert lagging.worst.indicator == "adults"
    confirmed_only = dashboard.ChildRow(unit=ahead.unit, figures=ahead.figures[1:])
    assert confirmed_only.rank[0] == dashboard.STATUS_ORDER["behind"]
