from datetime import date

import pytest

from portal.campaign.domain.reports import (
    MAX_COUNT,
    Action,
    Figure,
    Finding,
    Period,
    Problem,
    Status,
    changes,
    check_count,
    check_period,
    check_reached,
    is_editable,
    neighbours,
    next_status,
    parse_month,
    period_of,
)

CAMPAIGN_START = date(2025, 3, 21)
TODAY = date(2026, 12, 4)
APRIL = period_of(2025, 4)
MAY = period_of(2025, 5)
JUNE = period_of(2025, 6)


@pytest.mark.parametrize(
    ("year", "month", "end"),
    [
        (2025, 2, date(2025, 2, 28)),
        (2024, 2, date(2024, 2, 29)),
        (2025, 4, date(2025, 4, 30)),
        (2025, 12, date(2025, 12, 31)),
    ],
)
def test_a_period_is_a_whole_calendar_month(year, month, end):
    assert period_of(year, month) == Period(date(year, month, 1), end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-05", MAY),
        (" 2025-5 ", MAY),
        ("05/2025", MAY),
        ("5/2025", MAY),
        ("2025-13", None),
        ("00/2025", None),
        ("2025-05-01", None),
        ("tháng 5", None),
        ("", None),
    ],
)
def test_a_month_is_read_as_browsers_send_it_or_as_people_write_it(text, expected):
    assert parse_month(text) == expected


def test_a_period_shows_as_month_and_year():
    assert MAY.month_text == "05/2025"
    assert MAY.month_value == "2025-05"


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        (period_of(2025, 3), None),
        (period_of(2026, 12), None),
        (period_of(2027, 1), Finding(Problem.MONTH_IN_FUTURE, {"month": "01/2027"})),
        (period_of(2025, 2), Finding(Problem.MONTH_BEFORE_CAMPAIGN, {"first": "03/2025"})),
    ],
)
def test_a_report_covers_a_begun_month_from_the_campaign_start(period, expected):
    assert check_period(period, today=TODAY, campaign_start=CAMPAIGN_START) == expected


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (0, None),
        (MAX_COUNT, None),
        (-1, Problem.COUNT_NEGATIVE),
        (MAX_COUNT + 1, Problem.COUNT_TOO_LARGE),
    ],
)
def test_counts_are_whole_people_from_zero_to_the_limit(value, problem):
    finding = check_count(value)
    assert (finding.problem if finding else None) == problem


def test_reached_may_equal_the_group_size_and_the_earlier_figure():
    assert check_reached(50, group_size=50, earlier=Figure(APRIL, 50), later=None) == []


def test_reached_above_the_group_size_is_refused():
    assert check_reached(51, group_size=50, earlier=None, later=None) == [
        Finding(Problem.ABOVE_GROUP_SIZE, {"value": 51, "size": 50})
    ]


def test_an_unknown_group_size_sets_no_bound():
    assert check_reached(10**6, group_size=None, earlier=None, later=None) == []


def test_a_cumulative_figure_cannot_go_down_from_an_earlier_approved_month():
    assert check_reached(39, group_size=None, earlier=Figure(APRIL, 40), later=None) == [
        Finding(Problem.BELOW_EARLIER, {"value": 39, "earlier": 40, "month": "04/2025"})
    ]


def test_a_cumulative_figure_cannot_exceed_a_later_approved_month():
    assert check_reached(61, group_size=None, earlier=None, later=Figure(JUNE, 60)) == [
        Finding(Problem.ABOVE_LATER, {"value": 61, "later": 60, "month": "06/2025"})
    ]


def test_neighbours_are_the_latest_earlier_and_the_earliest_later_month():
    march = Figure(period_of(2025, 3), 10)
    april = Figure(APRIL, 20)
    june = Figure(JUNE, 40)
    july = Figure(period_of(2025, 7), 50)
    same_month = Figure(MAY, 99)
    assert neighbours(MAY, [july, march, same_month, june, april]) == (april, june)
    assert neighbours(MAY, []) == (None, None)


@pytest.mark.parametrize(
    ("action", "before", "after"),
    [
        (Action.SAVE, Status.DRAFT, Status.DRAFT),
        (Action.SAVE, Status.RETURNED, Status.RETURNED),
        (Action.SAVE, Status.SUBMITTED, None),
        (Action.SAVE, Status.APPROVED, None),
        (Action.SUBMIT, Status.DRAFT, Status.SUBMITTED),
        (Action.SUBMIT, Status.RETURNED, Status.SUBMITTED),
        (Action.SUBMIT, Status.SUBMITTED, None),
        (Action.SUBMIT, Status.APPROVED, None),
        (Action.APPROVE, Status.SUBMITTED, Status.APPROVED),
        (Action.APPROVE, Status.DRAFT, None),
        (Action.APPROVE, Status.APPROVED, None),
        (Action.APPROVE, Status.RETURNED, None),
        (Action.RETURN, Status.SUBMITTED, Status.RETURNED),
        (Action.RETURN, Status.APPROVED, Status.RETURNED),
        (Action.RETURN, Status.DRAFT, None),
        (Action.RETURN, Status.RETURNED, None),
    ],
)
def test_workflow_transitions(action, before, after):
    assert next_status(action, before) == after


def test_only_drafts_and_returned_reports_are_editable():
    assert [status for status in Status if is_editable(status)] == [
        Status.DRAFT,
        Status.RETURNED,
    ]


def test_changes_list_each_differing_value_before_and_after():
    before = {"status": "draft", "adults.reached": 10, "adults.trained": 3}
    after = {"status": "draft", "adults.reached": 12, "adults.trained": 3, "note": "x"}
    assert changes(before, after) == {
        "adults.reached": {"before": 10, "after": 12},
        "note": {"before": None, "after": "x"},
    }
