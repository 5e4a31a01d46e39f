"""Indicator figures: kept in step with every attainment record, equal to an independent count
over the raw records for any scope and day (across the 2025 merger), equal to a rebuild, and
neither lost nor doubled by concurrent writers."""

import itertools
import random
import threading
from datetime import date, timedelta

import pytest
from django.db import close_old_connections, connection
from django.utils import timezone

from portal.accounts.tests import factories as people
from portal.campaign import selectors
from portal.campaign import services as campaign_services
from portal.campaign.domain import indicators as rules
from portal.campaign.domain.succession import ancestors_on
from portal.campaign.models import (
    AttainmentRecord,
    IndicatorAttainment,
    IndicatorDayCount,
    TargetGroup,
)
from portal.campaign.services import indicators

MERGER = date(2025, 7, 1)
GROUPS = ("officials", "students", "adults", "workers")
REFERENCES = itertools.count(1)


def test_a_result_counts_for_its_groups_indicators_and_confirmed_only_when_confirmed():
    def codes(group, verdict="basic", confirmed=False):
        found = rules.indicators_for(group_code=group, verdict=verdict, is_confirmed=confirmed)
        return [indicator.code for indicator in found]

    assert codes("adults") == ["adults"]
    assert codes("adults", confirmed=True) == ["adults", "adults_confirmed"]
    assert codes("students", confirmed=True) == ["students"]
    assert codes("adults", verdict="not_basic", confirmed=True) == []
    assert codes(None) == []


def test_the_first_day_wins_even_when_its_record_arrives_last():
    def result(record_id, day, unit):
        return rules.Result(record_id, 7, day, unit, "workers", "basic", False)

    first = rules.first_attainments(
        [result(1, date(2025, 9, 1), 10), result(2, date(2025, 3, 1), 11)]
    )
    assert first[("workers", 7)] == rules.FirstAttainment("workers", 7, date(2025, 3, 1), 11, 2)


def test_rates_are_capped_and_small_groups_suppressed():
    assert rules.rate(5, 0) is None
    assert rules.rate(12, 10) == 1.0
    assert rules.rate(3, 12) == 0.25
    assert rules.is_suppressed(9)
    assert not rules.is_suppressed(10)


def _record(person, *, day, unit, group, verdict="basic", confirmed=False, reference=None):
    return campaign_services.record_attainment(
        person_id=person.pk,
        achieved_on=day,
        unit_id=unit.pk,
        target_group_id=TargetGroup.objects.get(code=group).pk,
        organisation_id=None,
        source="assessment",
        reference=reference or f"test:{next(REFERENCES)}",
        verdict=verdict,
        is_confirmed=confirmed,
        levels={},
    )


def _naive(indicator: str, unit_id: int, day: date) -> int:
    """Count over the raw records, without the figures: first qualifying record per person."""
    rule = rules.BY_CODE[indicator]
    graph = selectors.unit_graph()
    first: dict[int, tuple[date, int, int | None]] = {}
    for record in AttainmentRecord.objects.select_related("target_group"):
        group = record.target_group.code if record.target_group else None
        if not rule.counts(
            group_code=group, verdict=record.verdict, is_confirmed=record.is_confirmed
        ):
            continue
        mine = (record.achieved_on, record.pk, record.unit_id)
        if record.person_id not in first or mine < first[record.person_id]:
            first[record.person_id] = mine
    return sum(
        1
        for when, _pk, unit in first.values()
        if when <= day
        and unit is not None
        and unit_id in ancestors_on(unit, day, units=graph.units, successors=graph.successors)
    )


@pytest.mark.django_db
def test_figures_equal_an_independent_count_for_random_scopes_and_days_across_the_merger(units):
    rng = random.Random(2025)
    old_communes = [units["xa_tram_tau"], units["xa_tuc_dan"], units["xa_ban_mu"]]
    new_communes = [units["new_xa_tram_tau"], units["mcc_commune"]]
    residents = [
        people.make_person(f"Người thử {n}", unit=rng.choice(old_communes)) for n in range(40)
    ]
    start = date(2025, 3, 1)
    for _ in range(160):
        person = rng.choice(residents)
        day = start + timedelta(days=rng.randrange(0, 420))
        unit = rng.choice(old_communes if day < MERGER else new_communes)
        _record(
            person,
            day=day,
            unit=unit,
            group=rng.choice(GROUPS),
            verdict=rng.choice(("basic", "basic", "not_basic", "undetermined")),
            confirmed=rng.random() < 0.3,
        )
    scopes = [
        units[key]
        for key in (
            "yen_bai",
            "tram_tau",
            "mu_cang_chai",
            "xa_tram_tau",
            "new_xa_tram_tau",
            "lao_cai",
        )
    ]
    # Days near the start read the day counts, days nearer today the running totals less the
    # days after: both ways are checked.
    days = [
        date(2025, 4, 15),
        date(2025, 6, 30),
        MERGER,
        date(2025, 12, 31),
        date(2026, 4, 1),
        timezone.localdate(),
    ]
    checked = 0
    for indicator in rules.INDICATORS:
        for scope in scopes:
            for day in days:
                expected = _naive(indicator.code, scope.pk, day)
                assert indicators.attained(indicator=indicator.code, unit_id=scope.pk, day=day) == (
                    expected
                ), (indicator.code, scope.name, day)
                checked += expected
    assert checked > 0  # the data set does reach the figures
    # The province's children add up to the province on any day.
    for day in days[:2]:
        by_child = indicators.attained_by_child(
            indicator="adults", unit_id=units["yen_bai"].pk, day=day
        )
        children = sum(n for unit_id, n in by_child.items() if unit_id != units["yen_bai"].pk)
        assert children == by_child[units["yen_bai"].pk]
    report = indicators.rebuild(dry_run=True)
    assert report.differences == 0
    assert report.people > 0


@pytest.mark.django_db
def test_the_set_based_rebuild_follows_the_rule_of_the_domain(units):
    rng = random.Random(7)
    communes = [units["xa_tram_tau"], units["xa_tuc_dan"], units["new_xa_tram_tau"]]
    residents = [people.make_person(f"Người đếm {n}", unit=communes[0]) for n in range(25)]
    for _ in range(120):
        _record(
            rng.choice(residents),
            day=date(2025, 4, 1) + timedelta(days=rng.randrange(0, 300)),
            unit=rng.choice(communes),
            group=rng.choice(GROUPS),
            verdict=rng.choice(("basic", "not_basic")),
            confirmed=rng.random() < 0.4,
        )
    IndicatorAttainment.objects.all().delete()  # the rebuild must find every row again
    assert indicators.rebuild().differences > 0
    stored = {
        (row.indicator, row.person_id): (row.achieved_on, row.unit_id, row.record_id)
        for row in IndicatorAttainment.objects.all()
    }
    expected = {
        key: (first.day, first.unit_id, first.record_id)
        for key, first in indicators.computed_first_attainments().items()
    }
    assert stored == expected


@pytest.mark.django_db
def test_an_earlier_result_arriving_late_moves_the_person_to_that_day_and_unit(units):
    person = people.make_person("Lò Văn Pọm", unit=units["xa_tram_tau"])
    _record(person, day=date(2025, 9, 1), unit=units["new_xa_tram_tau"], group="workers")
    july = date(2025, 7, 15)
    assert indicators.attained(indicator="workers", unit_id=units["lao_cai"].pk, day=july) == 0
    _record(person, day=date(2025, 5, 2), unit=units["xa_ban_mu"], group="workers")
    assert indicators.attained(indicator="workers", unit_id=units["yen_bai"].pk, day=july) == 0
    may = date(2025, 5, 31)
    assert indicators.attained(indicator="workers", unit_id=units["xa_ban_mu"].pk, day=may) == 1
    assert indicators.attained(indicator="workers", unit_id=units["xa_tram_tau"].pk, day=may) == 0
    assert sum(IndicatorDayCount.objects.values_list("count", flat=True)) == 1
    assert indicators.rebuild(dry_run=True).differences == 0


@pytest.mark.django_db
def test_rebuild_finds_and_mends_a_wrong_figure(units):
    person = people.make_person("Hờ Thị Mỷ", unit=units["xa_tram_tau"])
    _record(person, day=date(2025, 4, 1), unit=units["xa_tram_tau"], group="adults")
    IndicatorDayCount.objects.update(count=5)
    assert indicators.rebuild(dry_run=True).differences == 1
    assert (
        indicators.attained(
            indicator="adults", unit_id=units["xa_tram_tau"].pk, day=date(2025, 5, 1)
        )
        == 5
    )
    assert indicators.rebuild().differences == 1
    assert indicators.rebuild(dry_run=True).differences == 0
    assert (
        indicators.attained(
            indicator="adults", unit_id=units["xa_tram_tau"].pk, day=date(2025, 5, 1)
        )
        == 1
    )


@pytest.mark.django_db(transaction=True)
def test_concurrent_results_never_lose_or_double_a_count(units):
    residents = [people.make_person(f"Người {n}", unit=units["xa_tram_tau"]) for n in range(6)]
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def write(thread: int) -> None:
        try:
            barrier.wait(timeout=10)
            for person in residents:
                # Every thread records a result for every person: one per person must count.
                _record(
                    person,
                    day=date(2025, 4, 1 + thread),
                    unit=units["xa_tram_tau"],
                    group="adults",
                    reference=f"thread:{thread}:{person.pk}",
                )
        except BaseException as error:
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert AttainmentRecord.objects.count() == 24
    assert sum(IndicatorDayCount.objects.values_list("count", flat=True)) == len(residents)
    assert indicators.attained(
        indicator="adults", unit_id=units["xa_tram_tau"].pk, day=date(2025, 5, 1)
    ) == len(residents)
    assert indicators.rebuild(dry_run=True).differences == 0
