"""Indicator figures kept up to date with every attainment record, and rebuilt from scratch.

`count_record` runs in the transaction that writes an attainment record: for each indicator
the record meets, it keeps the person's first attainment (IndicatorAttainment) and the number
of first attainments per unit and day (IndicatorDayCount). Both are written with row-level
atomic statements and a unique constraint, so concurrent writers neither lose nor double a
count. `rebuild` recomputes both tables from the records with the same pure rule
(domain/indicators.py) and reports whether anything differed.
"""

import uuid
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from django.core.cache import cache
from django.db import IntegrityError, connection, transaction
from django.db.backends.utils import CursorWrapper
from django.db.models import F, Sum
from django.utils import timezone

from portal.campaign import selectors
from portal.campaign.domain import indicators as rules
from portal.campaign.domain.targets import CAMPAIGN_START
from portal.campaign.models import (
    AttainmentRecord,
    IndicatorAttainment,
    IndicatorDayCount,
    IndicatorMonthCount,
    IndicatorUnitTotal,
    TargetGroup,
)


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
                _add_totals(indicator, {record.unit_id: 1})
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
        if existing.unit_id != record.unit_id:
            _add_totals(indicator, {existing.unit_id: -1, record.unit_id: 1})
        existing.achieved_on = record.achieved_on
        existing.unit_id = record.unit_id
        existing.record = record
        existing.save(update_fields=["achieved_on", "unit", "record"])


def _add(indicator: str, unit_id: int | None, day: date, delta: int) -> None:
    """Add delta to a day's count and its month's, creating the rows if needed."""
    if unit_id is None:
        return  # a result without a unit counts in no unit's figures
    _bump(IndicatorDayCount, delta, indicator=indicator, unit_id=unit_id, day=day)
    month = day.replace(day=1)
    _bump(IndicatorMonthCount, delta, indicator=indicator, unit_id=unit_id, month=month)
    if month < timezone.localdate().replace(day=1):
        # A result dated in an earlier month: past months' counts kept by readers are stale,
        # now for this transaction's own reads and after the commit for everyone.
        forget_past_months()
        transaction.on_commit(forget_past_months)


# Readers may keep counts of months before the current one (series.py): they change only when
# a result dated in an earlier month arrives late, or on a rebuild. The shared cache holds a
# stamp of their state that those two delete; readers keep what they read under the stamp.
PAST_MONTHS_STAMP_KEY = "campaign:past-month-counts:v1"


def past_months_stamp() -> str | None:
    """The current stamp of past months' counts (made if there is none); None without a
    working cache, when nothing may be kept."""
    stamp = cache.get(PAST_MONTHS_STAMP_KEY)
    if stamp is None:
        cache.add(PAST_MONTHS_STAMP_KEY, uuid.uuid4().hex, timeout=None)
        stamp = cache.get(PAST_MONTHS_STAMP_KEY)
    return stamp if isinstance(stamp, str) else None


def forget_past_months() -> None:
    """Tell readers that counts of past months changed."""
    cache.delete(PAST_MONTHS_STAMP_KEY)


def _add_totals(indicator: str, deltas: dict[int | None, int]) -> None:
    """Add to the units' all-time totals, in unit order so that two writers moving people
    between the same units lock the rows in the same order."""
    for unit_id in sorted(unit for unit in deltas if unit is not None):
        _bump(IndicatorUnitTotal, deltas[unit_id], indicator=indicator, unit_id=unit_id)


def _bump(
    model: type[IndicatorDayCount | IndicatorMonthCount | IndicatorUnitTotal],
    delta: int,
    **key: object,
) -> None:
    """Add delta to the count of the row with key, creating it if needed; safe under
    concurrency (a row created meanwhile by another writer is updated instead)."""
    rows = model._default_manager.filter(**key)
    if rows.update(count=F("count") + delta):
        return
    try:
        with transaction.atomic():
            model._default_manager.create(count=delta, **key)
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
    """Recompute the four tables from the records; count the rows that differed from them.

    Set-based: the first attainments are computed by the database into temporary tables
    (DISTINCT ON on PostgreSQL, ROW_NUMBER() on SQLite), compared with the stored rows by
    EXCEPT, and copied over them in one transaction. Rows are the same as
    computed_first_attainments() finds in Python (domain/indicators.py's rule, tested against
    it); this way three million records take seconds instead of minutes and no memory.
    """
    with transaction.atomic(), connection.cursor() as cursor:
        # Temporary tables are created in the transaction: an error drops them with it.
        _fill_wanted(cursor)
        differences = sum(
            _count(cursor, _DIFFERENCES.format(key=key, stored=stored, wanted=wanted))
            for key, stored, wanted in _COMPARED
        )
        report = RebuildReport(
            people=_count(cursor, f"SELECT COUNT(*) FROM {_WANTED_FIRST}"),  # noqa: S608
            day_counts=_count(cursor, f"SELECT COUNT(*) FROM {_WANTED_DAYS}"),  # noqa: S608
            differences=differences,
        )
        if not dry_run:
            forget_past_months()
            transaction.on_commit(forget_past_months)
            for table, columns, wanted in _REPLACED:
                cursor.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed names
                cursor.execute(
                    f"INSERT INTO {table} ({columns}) "  # noqa: S608 - fixed names
                    f"SELECT {columns} FROM {wanted}"
                )
        for temporary in _TEMPORARY:
            cursor.execute(f"DROP TABLE {temporary}")
    return report


_WANTED_FIRST = "campaign_rebuild_first"
_WANTED_DAYS = "campaign_rebuild_days"
_WANTED_TOTALS = "campaign_rebuild_totals"
_WANTED_MONTHS = "campaign_rebuild_months"
_TEMPORARY = (_WANTED_FIRST, _WANTED_DAYS, _WANTED_TOTALS, _WANTED_MONTHS)
_FIRST_COLUMNS = "indicator, person_id, achieved_on, unit_id, record_id"
_DAY_COLUMNS = "indicator, unit_id, day, count"
_TOTAL_COLUMNS = "indicator, unit_id, count"
_MONTH_COLUMNS = "indicator, unit_id, month, count"
# (key columns, stored rows, wanted rows): a key counts once as a difference whether it is
# missing on one side or holds other values; stored rows of 0 people count as absent.
_COMPARED = (
    (
        "indicator, person_id",
        f"SELECT {_FIRST_COLUMNS} FROM campaign_indicatorattainment",  # noqa: S608
        f"SELECT {_FIRST_COLUMNS} FROM {_WANTED_FIRST}",  # noqa: S608
    ),
    (
        "indicator, unit_id, day",
        f"SELECT {_DAY_COLUMNS} FROM campaign_indicatordaycount WHERE count <> 0",  # noqa: S608
        f"SELECT {_DAY_COLUMNS} FROM {_WANTED_DAYS}",  # noqa: S608
    ),
    (
        "indicator, unit_id",
        f"SELECT {_TOTAL_COLUMNS} FROM campaign_indicatorunittotal WHERE count <> 0",  # noqa: S608
        f"SELECT {_TOTAL_COLUMNS} FROM {_WANTED_TOTALS}",  # noqa: S608
    ),
    (
        "indicator, unit_id, month",
        f"SELECT {_MONTH_COLUMNS} FROM campaign_indicatormonthcount WHERE count <> 0",  # noqa: S608
        f"SELECT {_MONTH_COLUMNS} FROM {_WANTED_MONTHS}",  # noqa: S608
    ),
)
_DIFFERENCES = (
    "SELECT COUNT(*) FROM ("
    "SELECT {key} FROM ({stored} EXCEPT {wanted}) AS stored_only "
    "UNION SELECT {key} FROM ({wanted} EXCEPT {stored}) AS wanted_only"
    ") AS differing"
)
_REPLACED = (
    ("campaign_indicatordaycount", _DAY_COLUMNS, _WANTED_DAYS),
    ("campaign_indicatorunittotal", _TOTAL_COLUMNS, _WANTED_TOTALS),
    ("campaign_indicatormonthcount", _MONTH_COLUMNS, _WANTED_MONTHS),
    ("campaign_indicatorattainment", _FIRST_COLUMNS, _WANTED_FIRST),
)


def _fill_wanted(cursor: CursorWrapper) -> None:
    """The first attainments, day counts and totals the records call for, in temporary tables."""
    rules_values = ", ".join(["(%s, %s, %s)"] * len(rules.INDICATORS))
    parameters: list[str | bool] = [
        value
        for indicator in rules.INDICATORS
        for value in (indicator.code, indicator.group_code, indicator.confirmed_only)
    ]
    qualifying = (
        "FROM campaign_attainmentrecord record "
        "JOIN campaign_targetgroup target_group ON target_group.id = record.target_group_id "
        "JOIN indicator_rule ON indicator_rule.group_code = target_group.code "
        "WHERE record.verdict = %s "
        "AND (record.is_confirmed OR NOT indicator_rule.confirmed_only)"
    )
    columns = "indicator_rule.indicator, record.person_id, record.achieved_on, record.unit_id"
    if connection.vendor == "postgresql":
        first = (
            f"SELECT DISTINCT ON (indicator_rule.indicator, record.person_id) {columns}, "
            f"record.id {qualifying} "
            "ORDER BY indicator_rule.indicator, record.person_id, record.achieved_on, record.id"
        )
    else:
        first = (
            f"SELECT indicator, person_id, achieved_on, unit_id, id FROM (SELECT {columns}, "  # noqa: S608
            "record.id, ROW_NUMBER() OVER (PARTITION BY indicator_rule.indicator, "
            "record.person_id ORDER BY record.achieved_on, record.id) AS position "
            f"{qualifying}) AS ranked WHERE position = 1"
        )
    for temporary in _TEMPORARY:
        cursor.execute(f"DROP TABLE IF EXISTS {temporary}")
    cursor.execute(
        f"CREATE TEMPORARY TABLE {_WANTED_FIRST} (indicator varchar(30), person_id bigint, "
        "achieved_on date, unit_id bigint, record_id bigint)"
    )
    cursor.execute(
        f"WITH indicator_rule (indicator, group_code, confirmed_only) AS (VALUES {rules_values}) "
        f"INSERT INTO {_WANTED_FIRST} ({_FIRST_COLUMNS}) {first}",
        [*parameters, rules.BASIC],
    )
    cursor.execute(
        f"CREATE TEMPORARY TABLE {_WANTED_DAYS} AS "  # noqa: S608 - fixed names
        "SELECT indicator, unit_id, achieved_on AS day, COUNT(*) AS count "
        f"FROM {_WANTED_FIRST} WHERE unit_id IS NOT NULL GROUP BY indicator, unit_id, achieved_on"
    )
    cursor.execute(
        f"CREATE TEMPORARY TABLE {_WANTED_TOTALS} AS "  # noqa: S608 - fixed names
        f"SELECT indicator, unit_id, SUM(count) AS count FROM {_WANTED_DAYS} "
        "GROUP BY indicator, unit_id"
    )
    month = (
        "CAST(date_trunc('month', day) AS date)"
        if connection.vendor == "postgresql"
        else "date(day, 'start of month')"
    )
    cursor.execute(
        f"CREATE TEMPORARY TABLE {_WANTED_MONTHS} AS "  # noqa: S608 - fixed names
        f"SELECT indicator, unit_id, {month} AS month, SUM(count) AS count FROM {_WANTED_DAYS} "
        f"GROUP BY indicator, unit_id, {month}"
    )


def _count(cursor: CursorWrapper, query: str) -> int:
    cursor.execute(query)
    row = cursor.fetchone()
    return int(row[0]) if row else 0


def attained(*, indicator: str, unit_id: int, day: date) -> int:
    """People who had met the indicator's rule by day, in the unit as it was on day (records
    of merged units count in their successors from the merger on)."""
    return attained_by_child(indicator=indicator, unit_id=unit_id, day=day)[unit_id]


def attained_by_child(
    *, indicator: str, unit_id: int, day: date, per_unit: Mapping[int, int] | None = None
) -> Counter[int]:
    """The same for the unit (key unit_id) and each of its children on day (their own keys);
    per_unit is attained_per_unit's answer when the caller read it already."""
    if per_unit is None:
        per_unit = attained_per_unit(indicator=indicator, day=day)
    return selectors.roll_up(per_unit.items(), unit_id=unit_id, day=day)


def attained_per_unit(*, indicator: str, day: date) -> dict[int, int]:
    """People who had met the indicator's rule by day, per unit their result was recorded in
    (not rolled up: old communes keep their own figures)."""
    return attained_per_unit_of(indicators=[indicator], day=day)[indicator]


def attained_per_unit_of(*, indicators: Sequence[str], day: date) -> dict[str, dict[int, int]]:
    """attained_per_unit for several indicators, in one query."""
    codes = list(dict.fromkeys(indicators))
    people: dict[str, dict[int, int]] = {code: {} for code in codes}
    if (timezone.localdate() - day) < (day - CAMPAIGN_START):
        # Nearer today than the campaign's start: the all-time totals, less the days after
        # (none for today): one row per unit, not one per unit and day.
        totals = IndicatorUnitTotal.objects.filter(indicator__in=codes).values_list(
            "indicator", "unit_id", "count"
        )
        later = (
            IndicatorDayCount.objects.filter(indicator__in=codes, day__gt=day)
            .annotate(people=-F("count"))
            .values_list("indicator", "unit_id", "people")
        )
        for code, unit_id, count in totals.union(later, all=True):
            people[code][unit_id] = people[code].get(unit_id, 0) + count
        return people
    rows = (
        IndicatorDayCount.objects.filter(indicator__in=codes, day__lte=day)
        .values_list("indicator", "unit_id")
        .annotate(people=Sum("count"))
        .values_list("indicator", "unit_id", "people")
    )
    for code, unit_id, count in rows:
        people[code][unit_id] = count
    return people
