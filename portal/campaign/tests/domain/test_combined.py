from datetime import date

from portal.campaign.domain.combined import ReportedFigure, combined, reported_on_day

MAY = date(2025, 5, 31)
JUNE = date(2025, 6, 30)
JULY = date(2025, 7, 31)


def test_the_latest_report_of_each_body_counts_not_their_sum():
    figures = [ReportedFigure(1, None, MAY, 40), ReportedFigure(1, None, JUNE, 55)]
    assert reported_on_day(figures, place={1: 1}) == {1: 55}


def test_organisations_add_to_their_commune():
    figures = [
        ReportedFigure(1, None, JUNE, 55),
        ReportedFigure(1, 7, MAY, 30),
        ReportedFigure(1, 7, JUNE, 32),
        ReportedFigure(1, 8, JUNE, 10),
    ]
    assert reported_on_day(figures, place={1: 1}) == {1: 97}


def test_a_merged_commune_inherits_its_former_communes_until_it_reports():
    old = [ReportedFigure(1, None, JUNE, 55), ReportedFigure(2, None, JUNE, 20)]
    assert reported_on_day(old, place={1: 9, 2: 9}) == {9: 75}
    with_own = [*old, ReportedFigure(9, None, JULY, 80)]
    assert reported_on_day(with_own, place={1: 9, 2: 9, 9: 9}) == {9: 80}


def test_reports_of_units_without_a_place_on_the_day_count_nowhere():
    figures = [ReportedFigure(1, None, JUNE, 55), ReportedFigure(2, 4, JUNE, 5)]
    assert reported_on_day(figures, place={1: None, 2: 2}) == {2: 5}


def test_the_same_people_known_both_ways_count_once():
    assert combined({1: 30, 2: 80}, {1: 55, 3: 12}) == {1: 55, 2: 80, 3: 12}
