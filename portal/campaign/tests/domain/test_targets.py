from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from portal.campaign.domain.indicators import INDICATORS
from portal.campaign.domain.targets import (
    AT_RISK_MARGIN,
    CAMPAIGN_START,
    DEFAULT_TARGETS,
    Status,
    TargetValue,
    choose_target,
    expected_rate,
    gap_people,
    people_needed,
    projection,
    status,
)

START = date(2025, 1, 1)
DUE = date(2025, 12, 31)  # 364 days after START
MIDDLE = START + timedelta(days=182)  # the line is at half the target


def _status(rate, day=MIDDLE, target_rate=0.8, start_rate=0.0):
    return status(
        rate=rate,
        target_rate=target_rate,
        day=day,
        start_day=START,
        due_on=DUE,
        start_rate=start_rate,
    )


def test_the_defaults_are_those_of_the_plan():
    assert date(2025, 3, 21) == CAMPAIGN_START
    table = {(t.indicator, t.due_on): t.rate for t in DEFAULT_TARGETS}
    assert table == {
        ("officials", date(2025, 12, 31)): 0.8,
        ("students", date(2025, 12, 31)): 1.0,
        ("adults", date(2025, 12, 31)): 0.8,
        ("adults_confirmed", date(2025, 12, 31)): 0.8,
        ("workers", date(2025, 12, 31)): 0.8,
        ("officials", date(2026, 12, 31)): 1.0,
        ("students", date(2026, 12, 31)): 1.0,
        ("adults", date(2026, 12, 31)): 1.0,
        ("adults_confirmed", date(2026, 12, 31)): 1.0,
        ("workers", date(2026, 12, 31)): 1.0,
    }
    assert {t.indicator for t in DEFAULT_TARGETS} == {i.code for i in INDICATORS}


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (START - timedelta(days=5), 0.0),
        (START, 0.0),
        (MIDDLE, 0.4),
        (DUE, 0.8),
        (DUE + timedelta(days=30), 0.8),
    ],
)
def test_the_expected_line_runs_from_the_start_to_the_target(day, expected):
    assert expected_rate(day=day, start_day=START, due_on=DUE, target_rate=0.8) == pytest.approx(
        expected
    )


def test_the_expected_line_starts_from_the_start_rate():
    assert expected_rate(
        day=MIDDLE, start_day=START, due_on=DUE, target_rate=0.8, start_rate=0.2
    ) == pytest.approx(0.5)


def test_a_due_day_before_the_start_is_refused():
    with pytest.raises(ValueError, match="before the start"):
        expected_rate(day=MIDDLE, start_day=DUE, due_on=START, target_rate=0.8)


@pytest.mark.parametrize(
    ("rate", "expected"),
    [
        (0.8, Status.REACHED),
        (0.95, Status.REACHED),
        (0.4, Status.ON_TRACK),
        (0.5, Status.ON_TRACK),
        (0.35, Status.AT_RISK),
        (0.3, Status.AT_RISK),  # exactly 10 points below the line
        (0.29, Status.BEHIND),
        (0.0, Status.BEHIND),
    ],
)
def test_status_half_way_compares_the_rate_with_the_line(rate, expected):
    assert _status(rate) == expected


def test_the_margin_is_ten_percentage_points():
    assert AT_RISK_MARGIN == 0.10


def test_at_the_start_any_rate_is_on_track():
    assert _status(0.0, day=START) == Status.ON_TRACK


def test_on_the_due_day_anything_short_of_the_target_is_at_risk_or_behind():
    assert _status(0.75, day=DUE) == Status.AT_RISK
    assert _status(0.6, day=DUE) == Status.BEHIND


def test_after_the_due_day_a_missed_target_is_behind_however_close():
    assert _status(0.79, day=DUE + timedelta(days=1)) == Status.BEHIND
    assert _status(0.8, day=DUE + timedelta(days=1)) == Status.REACHED


def test_a_float_rate_equal_to_the_target_reaches_it():
    assert _status(0.7 * 100 / 100, target_rate=0.7) == Status.REACHED
    assert _status(70 / 100, target_rate=0.7) == Status.REACHED


def test_a_start_rate_raises_the_line():
    assert _status(0.4, start_rate=0.2) == Status.AT_RISK
    assert _status(0.5, start_rate=0.2) == Status.ON_TRACK


@given(
    rate=st.floats(min_value=0, max_value=1),
    target=st.floats(min_value=0.01, max_value=1),
    offset=st.integers(min_value=-30, max_value=400),
)
def test_a_higher_rate_never_has_a_worse_status(rate, target, offset):
    order = [Status.BEHIND, Status.AT_RISK, Status.ON_TRACK, Status.REACHED]
    day = START + timedelta(days=offset)
    lower = _status(rate, day=day, target_rate=target)
    higher = _status(min(1.0, rate + 0.05), day=day, target_rate=target)
    assert order.index(higher) >= order.index(lower)


@pytest.mark.parametrize(
    ("attained", "denominator", "target", "expected"),
    [
        (0, 100, 0.8, 80),
        (79, 100, 0.8, 1),
        (80, 100, 0.8, 0),
        (95, 100, 0.8, 0),
        (0, 3, 0.8, 3),  # 2.4 people round up to 3
        (0, 100, 0.7, 70),  # 0.7 * 100 is 70.00000000000001 in floats
        (0, 1000, Decimal("0.825"), 825),
        (5, 0, 0.8, 0),
        (0, 250, 1.0, 250),
    ],
)
def test_gap_people_counts_who_is_still_needed(attained, denominator, target, expected):
    assert gap_people(attained, denominator, target) == expected


def test_people_needed_rounds_up_exactly():
    assert people_needed(101, 0.8) == 81
    assert people_needed(100, 0.8) == 80


def series(start, counts, step_days=1):
    return [(start + timedelta(days=i * step_days), count) for i, count in enumerate(counts)]


def test_projection_extends_the_pace_of_the_window():
    # 10 people a day for 90 days: 600 left at 10 a day is 60 days after the last point.
    points = series(date(2025, 4, 1), [10 * i for i in range(91)])
    last_day = points[-1][0]
    assert projection(points, denominator=1875, target_rate=0.8) == last_day + timedelta(days=60)


def test_projection_uses_only_the_last_window():
    # A fast start (100 a day) then 1 a day over the last 90 days.
    fast = [(date(2025, 4, 1) + timedelta(days=i), 100 * i) for i in range(30)]
    start_slow = fast[-1][0]
    slow = [(start_slow + timedelta(days=i), fast[-1][1] + i) for i in range(1, 91)]
    points = fast + slow
    last_day, last_count = points[-1]
    assert last_count == 2990
    # 3000 needed: 10 left at 1 a day.
    assert projection(points, denominator=3750, target_rate=0.8) == last_day + timedelta(days=10)


def test_projection_holds_the_count_between_sparse_points():
    # Counts change only on some days: the window starts at the count held on its first day.
    points = [
        (date(2025, 1, 1), 0),
        (date(2025, 5, 1), 100),  # held until the window start (3 July, 90 days before 1 Oct)
        (date(2025, 8, 1), 190),
        (date(2025, 10, 1), 280),
    ]
    # Gained 180 in 90 days (2 a day); 400 - 280 = 120 left: 60 days after 1 October.
    assert projection(points, denominator=500, target_rate=0.8) == date(2025, 11, 30)


def test_a_series_shorter_than_the_window_uses_its_first_point():
    points = [(date(2025, 4, 1), 0), (date(2025, 4, 11), 50)]
    # 5 a day, 50 left: 10 days.
    assert projection(points, denominator=125, target_rate=0.8) == date(2025, 4, 21)


def test_projection_rounds_up_to_a_whole_day():
    points = [(date(2025, 4, 1), 0), (date(2025, 4, 4), 2)]
    # 2 people in 3 days, 1 left: 1.5 days, so the second day after.
    assert projection(points, denominator=3, target_rate=1.0) == date(2025, 4, 6)


def test_projection_of_a_reached_target_is_the_last_day():
    points = series(date(2025, 4, 1), [0, 50, 80])
    assert projection(points, denominator=100, target_rate=0.8) == date(2025, 4, 3)


@pytest.mark.parametrize(
    ("points", "denominator"),
    [
        ([], 100),
        (series(date(2025, 4, 1), [0, 10, 20]), None),
        (series(date(2025, 4, 1), [0, 10, 20]), 0),
        (series(date(2025, 4, 1), [20, 20, 20]), 100),  # no pace
        (series(date(2025, 4, 1), [30, 25, 20]), 100),  # records withdrawn
        ([(date(2025, 4, 1), 20)], 100),  # one point has no pace
    ],
)
def test_no_projection_without_pace_or_denominator(points, denominator):
    assert projection(points, denominator=denominator, target_rate=0.8) is None


def test_no_projection_beyond_the_calendar():
    points = [(date(9999, 1, 1), 0), (date(9999, 12, 1), 1)]
    assert projection(points, denominator=10**9, target_rate=1.0) is None


def test_a_shorter_window_follows_a_recent_change_of_pace():
    points = series(date(2025, 4, 1), list(range(60)) + [59 + 5 * i for i in range(1, 31)])
    last_day, last_count = points[-1]
    assert last_count == 209
    # Over 30 days the pace is 5 a day: 91 left is 19 days (18.2 rounded up).
    assert projection(points, denominator=300, target_rate=1.0, window_days=30) == (
        last_day + timedelta(days=19)
    )


def _target(unit_id, due_on, rate=0.8):
    return TargetValue(unit_id=unit_id, due_on=due_on, rate=rate)


PROVINCE_2025 = _target(1, date(2025, 12, 31), 0.8)
PROVINCE_2026 = _target(1, date(2026, 12, 31), 1.0)
DISTRICT_2025 = _target(2, date(2025, 12, 31), 0.9)


@pytest.mark.parametrize(
    ("chain", "day", "expected"),
    [
        ([3, 2, 1], date(2025, 5, 1), DISTRICT_2025),  # the district's own target wins
        ([5, 4, 1], date(2025, 5, 1), PROVINCE_2025),  # another district: the province's
        ([5, 4, 1], date(2025, 12, 31), PROVINCE_2025),  # due that very day
        ([5, 4, 1], date(2026, 1, 1), PROVINCE_2026),  # then the next one
        ([5, 4, 1], date(2027, 6, 1), PROVINCE_2026),  # all past: the last one
        ([3, 2, 1], date(2026, 3, 1), DISTRICT_2025),  # the district's, even when past
        ([9], date(2025, 5, 1), None),  # nothing set above
        ([], date(2025, 5, 1), None),  # the unit did not exist that day
    ],
)
def test_the_nearest_unit_with_a_target_decides_then_the_soonest_due(chain, day, expected):
    targets = [PROVINCE_2026, DISTRICT_2025, PROVINCE_2025]
    assert choose_target(chain, targets, day=day) == expected
