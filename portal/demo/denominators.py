"""Demo denominators: the former Yên Bái's published figures spread over its communes.

Only the provincial figures are published (shared/data/README.md); how they split between
communes is invented, deterministically, so every run writes the same numbers. 2025 figures sit
on the old Yên Bái communes (the campaign's 2025 targets were set under the three-level
structure); 2026 figures on the new Lào Cai communes those communes merged into, each the sum
of its former communes.
"""

import hashlib
from collections import defaultdict
from collections.abc import Mapping, Sequence

from portal.campaign.models import AdministrativeUnit, Denominator, TargetGroup, UnitSuccession
from portal.campaign.services import denominators
from portal.demo.residents import MERGER_DAY, OLD_UNITS_FROM

YEAR_OLD_UNITS = 2025
YEAR_NEW_UNITS = 2026
# Yên Bái, 2022 (shared/data/README.md, "Campaign facts").
POPULATION = 847_245
# Assumption: Vietnam counts about three quarters of its people aged 15 and over; the province
# is younger than average (highland, many ethnic-minority families), so a little less.
ADULT_SHARE = 0.72
# Published: "more than 230,000 pupils and students" started the 2023-24 school year.
STUDENTS = 230_000
# Assumption: officials, public employees and public-sector workers are about 2.5% of the
# people (teachers and health workers included), as nationally.
OFFICIALS_SHARE = 0.025
# Assumption: workers of enterprises and cooperatives are about 6% of the people in a mostly
# farming province.
WORKERS_SHARE = 0.06
PROVINCE_FIGURES = {
    "adults": round(POPULATION * ADULT_SHARE),
    "students": STUDENTS,
    "officials": round(POPULATION * OFFICIALS_SHARE),
    "workers": round(POPULATION * WORKERS_SHARE),
}
# Towns hold more people than villages, and far more offices and businesses.
URBAN_TYPES = ("Phường", "Thị trấn")
URBAN_FACTOR = {"adults": 2.5, "students": 2.5, "officials": 5.0, "workers": 6.0}
SOURCE_NOTE = (
    "Ước tính cho dữ liệu mẫu: chia theo xã từ số liệu công bố của tỉnh Yên Bái "
    "(847.245 người năm 2022; hơn 230.000 học sinh, sinh viên năm học 2023–2024)."
)


def ensure_demo_denominators() -> denominators.DenominatorReport:
    """Write the demo's 2025 and 2026 estimates through import_denominators; idempotent.

    Figures imported from another source (statistics, rosters) are left alone.
    """
    old_communes, successor = _yen_bai_communes()
    groups = [code for code in PROVINCE_FIGURES if TargetGroup.objects.filter(code=code).exists()]
    kept = set(
        Denominator.objects.filter(year__in=(YEAR_OLD_UNITS, YEAR_NEW_UNITS))
        .exclude(source=Denominator.Source.ESTIMATE)
        .values_list("unit_id", "target_group__code", "year")
    )
    rows: list[dict[str, object]] = []
    new_totals: dict[tuple[int, str], int] = defaultdict(int)
    new_units: dict[int, AdministrativeUnit] = {}
    for group in groups:
        weights = {unit.code: _weight(unit, group) for unit in old_communes}
        shares = spread(PROVINCE_FIGURES[group], weights)
        for unit in old_communes:
            rows.append(_row(unit, group, YEAR_OLD_UNITS, shares[unit.code], kept))
            new_unit = successor.get(unit.pk)
            if new_unit is not None:
                new_units[new_unit.pk] = new_unit
                new_totals[(new_unit.pk, group)] += shares[unit.code]
    for (unit_id, group), count in sorted(new_totals.items()):
        rows.append(_row(new_units[unit_id], group, YEAR_NEW_UNITS, count, kept))
    rows = [row for row in rows if row]
    if not rows:
        return denominators.DenominatorReport()
    report = denominators.import_denominators(
        rows=rows,
        source=Denominator.Source.ESTIMATE,
        source_note=SOURCE_NOTE,
    )
    if report.is_rejected:
        raise ValueError(f"demo denominators rejected: {report.errors[:3]}")
    return report


def spread(total: int, weights: Mapping[str, float]) -> dict[str, int]:
    """Split total in proportion to weights, in whole people that add up to total exactly
    (largest remainder method, ties by key)."""
    if not weights:
        return {}
    weight_sum = sum(weights.values())
    quotas = {key: total * weight / weight_sum for key, weight in weights.items()}
    shares = {key: int(quota) for key, quota in quotas.items()}
    left = total - sum(shares.values())
    by_remainder = sorted(quotas, key=lambda key: (-(quotas[key] - shares[key]), key))
    for key in by_remainder[:left]:
        shares[key] += 1
    return shares


def _weight(unit: AdministrativeUnit, group: str) -> float:
    """A commune's made-up size, 0.5 to 1.5 from a hash of its code, larger in towns."""
    digest = hashlib.sha256(unit.code.encode()).digest()
    size = 0.5 + int.from_bytes(digest[:4], "big") / 0xFFFFFFFF
    return size * (URBAN_FACTOR[group] if unit.unit_type in URBAN_TYPES else 1.0)


def _row(
    unit: AdministrativeUnit, group: str, year: int, count: int, kept: set[tuple[int, str, int]]
) -> dict[str, object]:
    if (unit.pk, group, year) in kept:
        return {}
    # The day the unit began pins it: many new communes reuse an old commune's code.
    return {
        "unit_code": unit.code,
        "unit_valid_from": unit.valid_from,
        "group": group,
        "year": year,
        "count": count,
    }


def _yen_bai_communes() -> tuple[Sequence[AdministrativeUnit], dict[int, AdministrativeUnit]]:
    """The old Yên Bái communes and the new commune each became part of (none if not loaded)."""
    province = AdministrativeUnit.objects.filter(code="15", valid_from=OLD_UNITS_FROM).first()
    if province is None:
        return [], {}
    old = list(
        AdministrativeUnit.objects.filter(
            level="commune", valid_from=OLD_UNITS_FROM, path__startswith=province.path
        ).order_by("code")
    )
    successor: dict[int, AdministrativeUnit] = {}
    successions = (
        UnitSuccession.objects.filter(predecessor__in=old, effective_on=MERGER_DAY)
        .select_related("successor")
        .order_by("predecessor_id", "successor__code")
    )
    for succession in successions:
        successor.setdefault(succession.predecessor_id, succession.successor)
    return old, successor
