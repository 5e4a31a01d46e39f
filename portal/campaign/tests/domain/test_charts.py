from datetime import date

import pytest

from portal.campaign.domain.charts import (
    clip_segment,
    line_chart,
    linear_scale,
    month_end,
    month_ends,
    month_ticks,
    percent_ticks,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0.0, 200.0), (1.0, 10.0), (0.5, 105.0), (0.25, 152.5)],
)
def test_a_linear_scale_maps_rates_onto_a_downward_axis(value, expected):
    assert linear_scale(value, domain=(0.0, 1.0), output=(200.0, 10.0)) == expected


def test_a_one_point_domain_maps_to_the_start_of_the_output():
    assert linear_scale(5.0, domain=(5.0, 5.0), output=(40.0, 600.0)) == 40.0


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2025, 2, 3), date(2025, 2, 28)),
        (date(2024, 2, 3), date(2024, 2, 29)),
        (date(2025, 12, 31), date(2025, 12, 31)),
        (date(2025, 3, 21), date(2025, 3, 31)),
    ],
)
def test_month_end_is_the_last_day_of_the_month(day, expected):
    assert month_end(day) == expected


def test_month_ends_run_from_the_start_month_and_close_on_the_day():
    assert month_ends(date(2025, 3, 21), date(2025, 6, 15)) == [
        date(2025, 3, 31),
        date(2025, 4, 30),
        date(2025, 5, 31),
        date(2025, 6, 15),
    ]
    assert month_ends(date(2025, 3, 21), date(2025, 5, 31)) == [
        date(2025, 3, 31),
        date(2025, 4, 30),
        date(2025, 5, 31),
    ]
    assert month_ends(date(2025, 3, 21), date(2025, 3, 25)) == [date(2025, 3, 25)]
    assert month_ends(date(2025, 3, 21), date(2025, 3, 1)) == []


def test_month_ticks_are_first_days_thinned_to_at_most_the_limit():
    ticks = month_ticks(date(2025, 3, 21), date(2026, 12, 31), most=7)
    assert ticks[0] == date(2025, 4, 1)
    assert len(ticks) <= 7
    assert all(tick.day == 1 for tick in ticks)
    assert month_ticks(date(2025, 3, 1), date(2025, 5, 10)) == [
        date(2025, 3, 1),
        date(2025, 4, 1),
        date(2025, 5, 1),
    ]


def test_percent_ticks_go_from_zero_to_one():
    assert percent_ticks() == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]


def test_a_segment_is_cut_where_the_chart_ends():
    start, end = (date(2025, 1, 1), 0.2), (date(2025, 1, 11), 0.8)
    assert clip_segment(start, end, until=date(2025, 2, 1)) == [start, end]
    cut = clip_segment(start, end, until=date(2025, 1, 6))
    assert cut[1][0] == date(2025, 1, 6)
    assert cut[1][1] == pytest.approx(0.5)
    assert clip_segment(start, end, until=date(2024, 12, 1)) == []


def test_the_chart_puts_the_start_left_the_end_right_zero_at_the_bottom_and_one_on_top():
    chart = line_chart(
        actual=[(date(2025, 3, 21), 0.0), (date(2025, 12, 31), 1.0)],
        target=[(date(2025, 3, 21), 0.0), (date(2025, 12, 31), 0.8)],
        start=date(2025, 3, 21),
        end=date(2025, 12, 31),
        width=600,
        height=300,
        margin=(10.0, 20.0, 30.0, 40.0),
    )
    assert (chart.left, chart.right, chart.top, chart.bottom) == (40.0, 580.0, 10.0, 270.0)
    assert chart.actual == "40.0,270.0 580.0,10.0"
    assert chart.target == "40.0,270.0 580.0,62.0"
    assert chart.projection == ""
    assert (chart.last_x, chart.last_y) == (580.0, 10.0)
    assert [tick.label for tick in chart.y_ticks] == ["0%", "20%", "40%", "60%", "80%", "100%"]
    assert chart.y_ticks[0].position == 270.0
    assert chart.x_ticks[0].label == "04/2025"


def test_rates_outside_zero_to_one_stay_inside_the_plot():
    chart = line_chart(
        actual=[(date(2025, 4, 1), 1.4), (date(2025, 5, 1), -0.2)],
        start=date(2025, 4, 1),
        end=date(2025, 5, 1),
        width=100,
        height=100,
        margin=(0.0, 0.0, 0.0, 0.0),
    )
    assert chart.actual == "0.0,0.0 100.0,100.0"


def test_an_empty_series_draws_nothing():
    chart = line_chart(actual=[], start=date(2025, 4, 1), end=date(2025, 5, 1))
    assert chart.actual == ""
    assert chart.last_x is None
