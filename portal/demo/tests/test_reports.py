from datetime import date

import pytest

from portal.accounts.models import Organisation
from portal.accounts.tests.factories import make_manager
from portal.campaign.models import (
    AdministrativeUnit,
    AggregateReport,
    AggregateReportLine,
    Denominator,
)
from portal.demo.denominators import ensure_demo_denominators
from portal.demo.reports import ensure_demo_reports, last_month

pytestmark = pytest.mark.django_db


def test_the_demo_reports_up_to_the_last_whole_month():
    assert last_month(date(2026, 12, 4)) == (2026, 11)
    assert last_month(date(2026, 1, 31)) == (2025, 12)
    assert last_month(date(2027, 6, 1)) == (2026, 12)


def test_demo_reports_are_written_once_and_stay_within_the_group_sizes(units):
    ensure_demo_denominators()
    school = Organisation.objects.create(
        name="Trường THPT Trạm Tấu",
        kind=Organisation.Kind.SCHOOL,
        unit=AdministrativeUnit.objects.get(code="04585", valid_from=date(2025, 3, 1)),
        name_folded="truong thpt tram tau",
    )
    make_manager("district.manager", unit=units["tram_tau"])
    first = ensure_demo_reports(today=date(2026, 12, 4))
    assert first.reports > 0
    assert first.lines == 4 * first.reports
    snapshot = sorted(
        AggregateReportLine.objects.values_list(
            "report__unit_id",
            "report__organisation_id",
            "report__period_start",
            "target_group__code",
            "trained",
            "reached",
        )
    )
    second = ensure_demo_reports(today=date(2026, 12, 4))
    assert (second.reports, second.lines, second.existing) == (0, 0, first.reports)
    assert (
        sorted(
            AggregateReportLine.objects.values_list(
                "report__unit_id",
                "report__organisation_id",
                "report__period_start",
                "target_group__code",
                "trained",
                "reached",
            )
        )
        == snapshot
    )
    sizes = {
        (unit_id, code, year): count
        for unit_id, code, year, count in Denominator.objects.values_list(
            "unit_id", "target_group__code", "year", "count"
        )
    }
    for line in AggregateReportLine.objects.filter(
        report__organisation__isnull=True
    ).select_related("report", "target_group"):
        size = sizes.get(
            (line.report.unit_id, line.target_group.code, line.report.period_start.year)
        )
        if size is not None:
            assert line.reached <= size
    assert AggregateReport.objects.filter(organisation=school).count() == 21
    statuses = set(AggregateReport.objects.values_list("status", flat=True))
    assert statuses == {"approved", "submitted", "returned"}
    returned = AggregateReport.objects.get(status="returned")
    assert returned.review_note
    assert returned.period_start == date(2026, 11, 1)
