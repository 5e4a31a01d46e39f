"""Approved aggregate reports in the progress figures: they count once beside the individual
records (the larger figure per commune), only when approved, and across the 2025 merger."""

from datetime import date, timedelta

import pytest

from portal.accounts.tests.factories import make_person
from portal.campaign import progress
from portal.campaign import services as campaign_services
from portal.campaign.models import AggregateReport, AggregateReportLine, TargetGroup
from portal.campaign.services import series

pytestmark = pytest.mark.django_db


def _report(unit, *, month_end, reached, status="approved", organisation=None, group="adults"):
    report = AggregateReport.objects.create(
        unit=unit,
        organisation=organisation,
        period_start=month_end.replace(day=1),
        period_end=month_end,
        status=status,
    )
    AggregateReportLine.objects.create(
        report=report, target_group=TargetGroup.objects.get(code=group), reached=reached
    )
    return report


def _adults(unit, day):
    figures = progress.progress(unit=unit, day=day, public=False)
    own = next(g for g in figures.groups if g.group == "adults")
    children = {
        child.unit.code: next(g for g in child.groups if g.group == "adults")
        for child in figures.children
    }
    return own, children


def test_people_known_individually_and_in_a_report_count_once(figures):
    # Xã Trạm Tấu has 4 individual results (10 May); its report says 10 people by 31 May.
    _report(figures["xa_tram_tau"], month_end=date(2025, 5, 31), reached=10)
    district, communes = _adults(figures["tram_tau"], date(2025, 6, 30))
    tram_tau = communes["04600"]
    assert (tram_tau.attained, tram_tau.individual, tram_tau.reported) == (10, 4, 10)
    # Bản Mù has no report: its 2 individual results count; the district adds its communes.
    assert communes["04615"].attained == 2
    assert (district.attained, district.individual, district.reported) == (12, 6, 10)
    assert district.rate == pytest.approx(12 / 20)


def test_a_report_below_the_individual_count_changes_nothing(figures):
    _report(figures["xa_tram_tau"], month_end=date(2025, 5, 31), reached=3)
    _, communes = _adults(figures["tram_tau"], date(2025, 6, 30))
    assert (communes["04600"].attained, communes["04600"].reported) == (4, 3)


def test_only_approved_reports_of_periods_ended_by_the_day_count(figures):
    _report(figures["xa_tram_tau"], month_end=date(2025, 5, 31), reached=9, status="submitted")
    _report(figures["xa_ban_mu"], month_end=date(2025, 5, 31), reached=7, status="returned")
    _report(figures["xa_tram_tau"], month_end=date(2025, 6, 30), reached=11)
    district, _ = _adults(figures["tram_tau"], date(2025, 6, 29))
    assert (district.attained, district.reported) == (6, 0)
    district, _ = _adults(figures["tram_tau"], date(2025, 6, 30))
    assert (district.attained, district.reported) == (13, 11)


def test_the_latest_report_counts_and_organisations_add_to_their_commune(figures, school):
    commune = figures["xa_tram_tau"]
    _report(commune, month_end=date(2025, 4, 30), reached=6)
    _report(commune, month_end=date(2025, 5, 31), reached=8)
    school.unit = commune
    school.save()
    _report(commune, organisation=school, month_end=date(2025, 5, 31), reached=5)
    _, communes = _adults(figures["tram_tau"], date(2025, 6, 30))
    assert communes["04600"].reported == 13


def test_a_merged_commune_inherits_reports_until_it_approves_its_own(figures):
    _report(figures["xa_tram_tau"], month_end=date(2025, 6, 30), reached=10)
    _report(figures["xa_tuc_dan"], month_end=date(2025, 6, 30), reached=5)
    new_commune = figures["new_xa_tram_tau"]
    own, _ = _adults(new_commune, date(2025, 7, 15))
    assert own.reported == 15
    _report(new_commune, month_end=date(2025, 7, 31), reached=18)
    own, _ = _adults(new_commune, date(2025, 8, 1))
    assert (own.reported, own.individual, own.attained) == (18, 4, 18)
    province, _ = _adults(figures["lao_cai"], date(2025, 8, 1))
    # The new Trạm Tấu's 18, and Bản Mù's 2 individual results in the commune it became.
    assert province.attained == 20


def test_the_trend_counts_reports_like_the_figures(figures):
    _report(figures["xa_tram_tau"], month_end=date(2025, 5, 31), reached=10)
    _report(figures["xa_tram_tau"], month_end=date(2025, 4, 30), reached=6)
    day = date(2025, 6, 30)
    district, _ = _adults(figures["tram_tau"], day)
    trend = series.attained_over_time(indicators=["adults"], unit=figures["tram_tau"], day=day)[
        "adults"
    ]
    by_month = dict(trend.points)
    # The last point is the card's figure: 10 reported in Trạm Tấu and 2 recorded in Bản Mù.
    assert by_month[day] == district.attained == 12
    # At the end of April only the April report and no individual result (all from 10 May).
    assert by_month[date(2025, 4, 30)] == 6
    # Confirmed results take no reports.
    confirmed = series.attained_over_time(
        indicators=["adults_confirmed"], unit=figures["tram_tau"], day=day
    )["adults_confirmed"]
    assert dict(confirmed.points)[day] == district.confirmed


def test_a_late_result_in_an_earlier_month_reaches_the_trend(figures):
    day = date(2025, 6, 30)

    def april_and_june():
        points = dict(
            series.attained_over_time(indicators=["adults"], unit=figures["tram_tau"], day=day)[
                "adults"
            ].points
        )
        return points[date(2025, 4, 30)], points[day]

    before = april_and_june()  # past months are now kept in the process
    person = make_person("Người báo muộn", unit=figures["xa_ban_mu"])
    campaign_services.record_attainment(
        person_id=person.pk,
        achieved_on=date(2025, 4, 2),
        unit_id=figures["xa_ban_mu"].pk,
        target_group_id=TargetGroup.objects.get(code="adults").pk,
        organisation_id=None,
        source="assessment",
        reference="late:1",
        verdict="basic",
        is_confirmed=False,
        levels={},
    )
    assert april_and_june() == (before[0] + 1, before[1] + 1)


@pytest.mark.parametrize(
    ("day", "at_window"),
    [
        # All six results are dated 10 May 2025 (4 in Xã Trạm Tấu, 2 in Bản Mù).
        (date(2025, 5, 20), 0),  # in the chosen day's own month, read from the day counts
        (date(2025, 6, 30), 0),  # in a past month, read from the month counts
        (date(2025, 8, 5), 0),  # the 90-day window starts 6 May, before them
        (date(2025, 8, 20), 4),  # from 22 May: the new Xã Trạm Tấu holds the former one's 4
    ],
)
def test_the_trend_ends_on_the_days_figure_and_starts_its_window_right(figures, day, at_window):
    unit = figures["tram_tau"] if day < date(2025, 7, 1) else figures["new_xa_tram_tau"]
    trend = series.attained_over_time(indicators=["adults"], unit=unit, day=day)["adults"]
    figure = next(
        group
        for group in progress.progress(unit=unit, day=day, public=False).groups
        if group.group == "adults"
    )
    assert trend.points[-1] == (day, figure.attained)
    assert trend.window_start == (day - timedelta(days=90), at_window)
