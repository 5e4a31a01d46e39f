"""Indicator figures kept up to date with every attainment record, and rebuilt from scratch.

`count_record` runs in the transaction that writes an attainment record: for each indicator
the record meets, it keeps the person's first attainment (IndicatorAttainment) and the number
of first attainments per unit and day (IndicatorDayCount). Both are written with row-level
atomic statements and a unique constraint, so concurrent writers neither lose nor double a
count. `rebuild` recomputes both tables from the records with the same pure rule
(domain/indicators.py) and reports whether anything differed.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date

from django.db import IntegrityError, transaction
from django.db.models import F, Sum

from portal.campaign import selectors
from portal.campaign.domain import indicators as rules
from portal.campaign.models import (
    AttainmentRecord,
    IndicatorAttainment,
    IndicatorDayCount,
    TargetGroup,
)

DayKey = tuple[str, int, date]  # indicator, unit, day


def count_record(record: AttainmentRecord) -> None:
    """Count a new attainment record (inside the caller's transaction)."""
    group_code = (
        TargetGroup.objects.filter(pk=record.target_group_id).values_list("code", flat=True).first()
        if record.target_group_id
        else None
    )
    for indicator in rules.indicators_for(
        group_code=group_code, verdict=record.verdict, is_confirmed=record.is_confirmed
    ):
        _count_first(indicator.code, record)


def _count_first(indicator: str, record: AttainmentRecord) -> None:
    with transaction.atomic():
        existing = (
            IndicatorAttainment.objects.select_for_update()
            .filter(indicator=indicator, person_id=record.person_id)
            .first()
        )
        if existing is None:
            try:
                with transaction.atomic():
                    IndicatorAttainment.objects.create(
                        indicator=indicator,
                        person_id=record.person_id,
                        achieved_on=record.achieved_on,
                        unit_id=record.unit_id,
                        record=record,
                    )
            except IntegrityError:
                # Another transaction counted this person first: compare with theirs.
                existing = IndicatorAttainment.objects.select_for_update().get(
                    indicator=indicator, person_id=record.person_id
                )
            else:
                _add(indicator, record.unit_id, record.achieved_on, 1)
                return
        known = rules.FirstAttainment(
            indicator,
            existing.person_id,
            existing.achieved_on,
            existing.unit_id,
            existing.record_id,
        )
        if not rules.is_earlier(record.achieved_on, record.pk, known):
            return
        _add(indicator, existing.unit_id, existing.achieved_on, -1)
        _add(indicator, record.unit_id, record.achieved_on, 1)
        existing.achieved_on = record.achieved_on
        existing.unit_id = record.unit_id
        existing.record = record
        existing.save(update_fields=["achieved_on", "unit", "record"])


def _add(indicator: str, unit_id: int | None, day: date, delta: int) -> None:
    """Add delta to a day's count, creating the row if needed; safe under concurrency."""
    if unit_id is None:
        return  # a result without a unit counts in no unit's figures
    rows = IndicatorDayCount.objects.filter(indicator=indicator, unit_id=unit_id, day=day)
    if rows.update(count=F("count") + delta):
        return
    try:
        with transaction.atomic():
            IndicatorDayCount.objects.create(
                indicator=indicator, unit_id=unit_id, day=day, count=delta
            )
    except IntegrityError:
        rows.update(count=F("count") + delta)


@dataclass(frozen=True, slots=True)
class RebuildReport:
    people: int
    day_counts: int
    differences: int


def computed_first_attainments() -> dict[tuple[str, int], rules.FirstAttainment]:
    """Every first attainment, from the records alone."""
    codes = dict(TargetGroup.objects.values_list("pk", "code"))
    results = (
        rules.Result(
            record_id=row["pk"],
            person_id=row["person_id"],
            day=row["achieved_on"],
            unit_id=row["unit_id"],
            group_code=codes.get(row["target_group_id"]),
            verdict=row["verdict"],
            is_confirmed=row["is_confirmed"],
        )
        for row in AttainmentRecord.objects.filter(verdict=rules.BASIC)
        .values(
            "pk",
            "person_id",
            "achieved_on",
            "unit_id",
            "target_group_id",
            "verdict",
            "is_confirmed",
        )
        .iterator(chunk_size=5000)
    )
    return rules.first_attainments(results)


def rebuild(*, dry_run: bool = False) -> RebuildReport:
    """Recompute both tables from the records; count the rows that differed from them."""
    first = computed_first_attainments()
    day_counts: Counter[DayKey] = Counter(
        (item.indicator, item.unit_id, item.day) for item in first.values() if item.unit_id
    )
    stored_first = {
        (row["indicator"], row["person_id"]): (row["achieved_on"], row["unit_id"], row["record_id"])
        for row in IndicatorAttainment.objects.values(
            "indicator", "person_id", "achieved_on", "unit_id", "record_id"
        ).iterator(chunk_size=5000)
    }
    wanted_first = {key: (f.day, f.unit_id, f.record_id) for key, f in first.items()}
    stored_counts = {
        (row["indicator"], row["unit_id"], row["day"]): row["count"]
        for row in IndicatorDayCount.objects.exclude(count=0).values(
            "indicator", "unit_id", "day", "count"
        )
    }
    differences = sum(
        1
        for key in set(stored_first) | set(wanted_first)
        if stored_first.get(key) != wanted_first.get(key)
    ) + sum(
        1
        for key in set(stored_counts) | set(day_counts)
        if stored_counts.get(key, 0) != day_counts.get(key, 0)
    )
    if not dry_run:
        with transaction.atomic():
            IndicatorAttainment.objects.all().delete()
            IndicatorDayCount.objects.all().delete()
            IndicatorAttainment.objects.bulk_create(
                (
                    IndicatorAttainment(
                        indicator=f.indicator,
                        person_id=f.person_id,
                        achieved_on=f.day,
                        unit_id=f.unit_id,
                        record_id=f.record_id,
                    )
                    for f in first.values()
                ),
                batch_size=5000,
            )
            IndicatorDayCount.objects.bulk_create(
                (
                    IndicatorDayCount(indicator=key[0], unit_id=key[1], day=key[2], count=n)
                    for key, n in day_counts.items()
                ),
                batch_size=5000,
            )
    return RebuildReport(people=len(first), day_counts=len(day_counts), differences=differences)


def attained(*, indicator: str, unit_id: int, day: date) -> int:
    """People who had met the indicator's rule by day, in the unit as it was on day (records
    of merged units count in their successors from the merger on)."""
    return attained_by_child(indicator=indicator, unit_id=unit_id, day=day)[unit_id]


def attained_by_child(*, indicator: str, unit_id: int, day: date) -> Counter[int]:
    """The same for the unit (key unit_id) and each of its children on day (their own keys)."""
    return selectors.roll_up(
        attained_per_unit(indicator=indicator, day=day).items(), unit_id=unit_id, day=day
    )


def attained_per_unit(*, indicator: str, day: date) -> dict[int, int]:
    """People who had met the indicator's rule by day, per unit their result was recorded in
    (not rolled up: old communes keep their own figures)."""
    rows = (
        IndicatorDayCount.objects.filter(indicator=indicator, day__lte=day)
        .values("unit_id")
        .annotate(people=Sum("count"))
    )
    return {row["unit_id"]: row["people"] for row in rows}
