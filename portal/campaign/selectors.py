"""Reads for the campaign: units, target groups and headline progress."""

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.core.cache import cache
from django.db.models import Q, QuerySet, prefetch_related_objects
from django.utils import timezone

from portal.campaign.domain.indicators import MIN_PUBLIC_COUNT
from portal.campaign.domain.succession import (
    UnitPeriod,
    ancestors_on,
    scope_across_mergers,
    unit_on,
)
from portal.campaign.models import AdministrativeUnit, AttainmentRecord, TargetGroup, UnitSuccession
from portal.core.domain.text import search_terms


def units_valid_on(day: date) -> QuerySet[AdministrativeUnit]:
    """Units that existed on day."""
    return AdministrativeUnit.objects.filter(valid_from__lte=day).filter(
        Q(valid_to__isnull=True) | Q(valid_to__gte=day)
    )


def unit_by_id(unit_id: int) -> AdministrativeUnit | None:
    """One unit, or None."""
    return AdministrativeUnit.objects.filter(pk=unit_id).first()


def target_groups() -> QuerySet[TargetGroup]:
    """The campaign's target groups in display order."""
    return TargetGroup.objects.all()


@dataclass(frozen=True, slots=True)
class ProgressSummary:
    """The headline share of people with basic digital skills, once monitoring feeds it."""

    reached_percent: float
    measured_on: date
    reached: int = 0
    people: int = 0


def progress_summary() -> ProgressSummary | None:
    """The headline figure of the province: people of every target group who reached basic
    digital skills, over the groups' sizes; None until there are group sizes for this year
    (or fewer than 10 people: the public sees no rate for small numbers)."""
    from portal.campaign import progress

    today = timezone.localdate()
    province = (
        AdministrativeUnit.objects.filter(level="province", parent=None, valid_from__lte=today)
        .exclude(valid_to__lt=today)
        .order_by("code")
        .first()
    )
    if province is None:
        return None
    figures = progress.progress(unit=province, day=today, public=True, with_children=False)
    counted = [g for g in figures.groups if g.denominator and g.attained is not None]
    people = sum(g.denominator or 0 for g in counted)
    if people < MIN_PUBLIC_COUNT:
        return None
    reached = sum(g.attained or 0 for g in counted)
    return ProgressSummary(
        reached_percent=min(100.0, 100 * reached / people),
        measured_on=today,
        reached=reached,
        people=people,
    )


@dataclass(frozen=True, slots=True)
class UnitGraph:
    """Every unit with its period and the merger links, for roll-ups and scopes."""

    units: dict[int, UnitPeriod]
    successors: dict[int, tuple[int, ...]]
    predecessors: dict[int, tuple[int, ...]]


# The shared cache holds a stamp of the current graph (forget_unit_graph deletes it); each
# process keeps the graph itself in memory under the stamp it was read with.
UNIT_GRAPH_CACHE_KEY = "campaign:unit-graph:v2"
_graph_in_process: dict[str, tuple[str, UnitGraph]] = {}


def unit_graph() -> UnitGraph:
    """All units and successions as plain values, cached until the next unit import.

    A province has a few hundred units, a country tens of thousands; every manager request
    needs the graph for its scope, so it is read from the database once per import and
    process. Only a stamp goes through the shared cache: unpickling the whole graph from the
    file cache took about 2 ms, and a progress page asks for the graph a dozen times.
    """
    stamp = cache.get(UNIT_GRAPH_CACHE_KEY)
    kept = _graph_in_process.get("graph")
    if stamp is not None and kept is not None and kept[0] == stamp:
        return kept[1]
    if stamp is None:
        # Stamp first, then read: an import that commits meanwhile deletes this stamp, so a
        # graph read before it is never kept under a stamp that outlives it.
        cache.add(UNIT_GRAPH_CACHE_KEY, uuid.uuid4().hex, timeout=None)
        stamp = cache.get(UNIT_GRAPH_CACHE_KEY)
    graph = _load_unit_graph()
    if stamp is not None:
        _graph_in_process["graph"] = (stamp, graph)
    return graph


def _load_unit_graph() -> UnitGraph:
    units = {
        row["id"]: UnitPeriod(
            id=row["id"],
            parent_id=row["parent_id"],
            level=row["level"],
            valid_from=row["valid_from"],
            valid_to=row["valid_to"],
        )
        for row in AdministrativeUnit.objects.values(
            "id", "parent_id", "level", "valid_from", "valid_to"
        )
    }
    successors: dict[int, list[int]] = defaultdict(list)
    predecessors: dict[int, list[int]] = defaultdict(list)
    for old_id, new_id in UnitSuccession.objects.values_list("predecessor_id", "successor_id"):
        successors[old_id].append(new_id)
        predecessors[new_id].append(old_id)
    return UnitGraph(
        units=units,
        successors={key: tuple(sorted(value)) for key, value in successors.items()},
        predecessors={key: tuple(sorted(value)) for key, value in predecessors.items()},
    )


def subtree_ids(unit_ids: Iterable[int]) -> set[int]:
    """The given units and every unit below them, at any depth."""
    paths = list(
        AdministrativeUnit.objects.filter(pk__in=list(unit_ids)).values_list("path", flat=True)
    )
    if not paths:
        return set()
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    return set(AdministrativeUnit.objects.filter(condition).values_list("id", flat=True))


def managed_unit_ids(unit: AdministrativeUnit) -> set[int]:
    """What a manager of unit covers: its subtree, plus units across a merger wholly inside it."""
    graph = unit_graph()
    return scope_across_mergers(
        subtree_ids([unit.pk]), successors=graph.successors, predecessors=graph.predecessors
    )


def search_units(
    query: str, *, day: date | None = None, level: str | None = None, limit: int = 20
) -> list[AdministrativeUnit]:
    """Units whose name contains every word of query (diacritics ignored) or whose code starts
    with it; units valid on day when given; communes of the current structure first."""
    units = AdministrativeUnit.objects.select_related("parent")
    if day is not None:
        units = units.filter(valid_from__lte=day).filter(
            Q(valid_to__isnull=True) | Q(valid_to__gte=day)
        )
    if level:
        units = units.filter(level=level)
    text = query.strip()
    if text.isdigit():
        units = units.filter(code__startswith=text)
    else:
        terms = search_terms(text)
        if not terms:
            return []
        for term in terms:
            units = units.filter(name_folded__contains=term)
    return list(units.order_by("-valid_from", "name_folded", "code")[:limit])


def unit_children(unit: AdministrativeUnit) -> QuerySet[AdministrativeUnit]:
    """The units directly below unit."""
    return AdministrativeUnit.objects.filter(parent=unit).order_by("name_folded")


def target_group_by_code(code: str) -> TargetGroup | None:
    """One target group by its code."""
    return TargetGroup.objects.filter(code=code).first()


def with_links(units: QuerySet[AdministrativeUnit]) -> QuerySet[AdministrativeUnit]:
    """Units with their parent and successors loaded: two queries per page, not per unit."""
    return units.select_related("parent").prefetch_related("successions__successor")


def units_listing(
    *,
    day: date,
    query: str = "",
    level: str | None = None,
    parent: AdministrativeUnit | None = None,
    code: str | None = None,
    search_limit: int = 500,
) -> list[AdministrativeUnit] | QuerySet[AdministrativeUnit]:
    """Units valid on day: found by name or code prefix when query is given, else filtered by
    level, parent and exact code, in code order; parents and successors loaded."""
    if query:
        found = [
            unit
            for unit in search_units(query, day=day, level=level, limit=search_limit)
            if (parent is None or unit.parent_id == parent.pk)
            and (code is None or unit.code == code)
        ]
        prefetch_related_objects(found, "successions__successor")
        return found
    units = units_valid_on(day)
    if parent is not None:
        units = units.filter(parent=parent)
    if level:
        units = units.filter(level=level)
    if code:
        units = units.filter(code=code)
    return with_links(units).order_by("code", "pk")


def attainment_records_of(person_id: int) -> list[dict[str, object]]:
    """A person's attainment records, for their own-data download."""
    records = AttainmentRecord.objects.filter(person_id=person_id).select_related(
        "unit", "target_group"
    )
    return [
        {
            "date": record.achieved_on.isoformat(),
            "source": record.source,
            "verdict": record.verdict,
            "is_confirmed": record.is_confirmed,
            "unit": record.unit.name if record.unit else None,
            "target_group": record.target_group.code if record.target_group else None,
            "levels": record.levels,
        }
        for record in records.order_by("achieved_on", "pk")
    ]


def roll_up(per_unit: Iterable[tuple[int, int]], *, unit_id: int, day: date) -> "Counter[int]":
    """Sum figures kept per recorded unit into a unit (key unit_id) and each of its children
    (their own keys) as they stood on day: a record of a merged unit counts in its successor
    from the merger on, and every unit counts in its ancestors of that day."""
    graph = unit_graph()
    chains = _chains_on(graph, day)
    totals: Counter[int] = Counter({unit_id: 0})
    for recorded_unit, value in per_unit:
        chain = chains.get(recorded_unit)
        if chain is None:
            chain = chains[recorded_unit] = ancestors_on(
                recorded_unit, day, units=graph.units, successors=graph.successors
            )
        if unit_id not in chain:
            continue
        totals[unit_id] += value
        position = chain.index(unit_id)
        if position > 0:
            totals[chain[position - 1]] += value
    return totals


# Units' chains (ancestors_on) per day, for the graph they were computed from: a progress page
# rolls up a dozen figures over the same few hundred units and one day.
_chains_in_process: dict[date, tuple[UnitGraph, dict[int, list[int]]]] = {}


def _chains_on(graph: UnitGraph, day: date) -> dict[int, list[int]]:
    kept = _chains_in_process.get(day)
    if kept is not None and kept[0] is graph:
        return kept[1]
    if len(_chains_in_process) >= 64:
        _chains_in_process.clear()
    chains: dict[int, list[int]] = {}
    _chains_in_process[day] = (graph, chains)
    return chains


def places_on(unit_ids: Iterable[int], day: date) -> dict[int, int | None]:
    """Where figures kept against each unit count on day: the unit itself, its successor after
    a merger, or None (a unit that did not exist yet, or was split)."""
    graph = unit_graph()
    return {
        unit_id: unit_on(unit_id, day, units=graph.units, successors=graph.successors)
        for unit_id in unit_ids
    }


def on_day(per_unit: Iterable[tuple[int, int]], *, day: date) -> "Counter[int]":
    """Figures kept per recorded unit, summed into the units as they stood on day."""
    pairs = list(per_unit)
    places = places_on({unit_id for unit_id, _ in pairs}, day)
    totals: Counter[int] = Counter()
    for unit_id, value in pairs:
        place = places[unit_id]
        if place is not None:
            totals[place] += value
    return totals
