from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from conftest import sign_in
from portal.accounts.models import AuditEntry
from portal.accounts.tests.factories import make_manager
from portal.campaign.domain.reports import Problem
from portal.campaign.models import (
    AggregateReport,
    AggregateReportLine,
    Denominator,
    TargetGroup,
)
from portal.campaign.services import reports as service
from portal.core.exceptions import ConflictError, NotFoundError, PermissionDeniedError

pytestmark = pytest.mark.django_db

GROUPS = ("officials", "students", "adults", "workers")


def figures(**reached: int) -> dict[str, service.LineFigures]:
    """Every group with 0 people, except the reached counts given (trained = 1 each)."""
    return {code: service.LineFigures(trained=1, reached=reached.get(code, 0)) for code in GROUPS}


def grid(**reached: int) -> dict[str, str]:
    """The grid's POST fields for the same figures."""
    data = {}
    for code, line in figures(**reached).items():
        data[f"{code}-trained"] = str(line.trained)
        data[f"{code}-reached"] = str(line.reached)
    return data


def create(actor, unit, month="2025-05", **kwargs):
    kwargs.setdefault("lines", figures(adults=10))
    return service.create_report(actor=actor, key=f"c{unit.pk}", month=month, **kwargs)


def approved(actor, reviewer, unit, month, **reached):
    report = create(actor, unit, month=month, lines=figures(**reached), submit=True)
    return service.approve_report(actor=reviewer, report_id=report.pk)


def reached_of(report, code="adults"):
    return AggregateReportLine.objects.get(report=report, target_group__code=code).reached


@pytest.fixture
def adults_size(units):
    return Denominator.objects.create(
        unit=units["xa_tram_tau"],
        target_group=TargetGroup.objects.get(code="adults"),
        year=2025,
        count=100,
        source=Denominator.Source.STATISTICS,
        source_note="Niên giám thống kê 2024",
    )


# Who reports


def test_a_commune_manager_saves_a_draft_with_a_line_per_group(commune_manager, units):
    report = create(commune_manager, units["xa_tram_tau"], note=" Lớp tập huấn thôn Km 1 ")
    assert report.status == AggregateReport.Status.DRAFT
    assert (report.period_start, report.period_end) == (date(2025, 5, 1), date(2025, 5, 31))
    assert report.note == "Lớp tập huấn thôn Km 1"
    assert report.organisation is None
    assert sorted(report.lines.values_list("target_group__code", "trained", "reached")) == [
        ("adults", 1, 10),
        ("officials", 1, 0),
        ("students", 1, 0),
        ("workers", 1, 0),
    ]


def test_a_commune_outside_ones_area_is_not_found_and_nothing_is_saved(commune_manager, units):
    with pytest.raises(NotFoundError) as refused:
        create(commune_manager, units["xa_ban_mu"])
    assert str(refused.value) == str(service.NOT_IN_SCOPE)
    assert not AggregateReport.objects.exists()
    assert not AuditEntry.objects.exists()


def test_a_district_manager_reports_for_any_commune_of_the_district(district_manager, units):
    assert create(district_manager, units["xa_ban_mu"]).unit == units["xa_ban_mu"]
    with pytest.raises(NotFoundError):
        create(district_manager, units["mcc_commune"])


def test_an_organisation_manager_reports_only_for_their_organisation(
    school_manager, commune_manager, school, units
):
    commune_report = create(commune_manager, units["xa_tram_tau"])
    report = service.create_report(
        actor=school_manager, key=f"o{school.pk}", month="2025-05", lines=figures(students=40)
    )
    assert (report.unit, report.organisation) == (units["xa_tram_tau"], school)
    with pytest.raises(NotFoundError):
        create(school_manager, units["xa_tram_tau"])
    assert [body.key for body in service.reporting_bodies(actor=school_manager)] == [
        f"o{school.pk}"
    ]
    with pytest.raises(NotFoundError):
        service.report_for(actor=school_manager, report_id=commune_report.pk)
    assert list(service.reports_visible_to(actor=school_manager)) == [report]
    # The commune's manager sees, and may report for, the organisations placed in the commune.
    assert service.report_for(actor=commune_manager, report_id=report.pk) == report


def test_an_organisation_keeps_reporting_after_its_commune_merged(school_manager, school):
    report = service.create_report(
        actor=school_manager, key=f"o{school.pk}", month="2026-03", lines=figures(students=40)
    )
    assert report.unit == school.unit


def test_a_manager_limited_to_some_groups_does_not_report(units):
    teacher_office = make_manager("phong.gd", unit=units["tram_tau"], groups=("students",))
    with pytest.raises(NotFoundError):
        create(teacher_office, units["xa_tram_tau"])


def test_people_who_manage_nothing_report_nothing(learner, units):
    with pytest.raises(NotFoundError):
        create(learner, units["xa_tram_tau"])


# Validation


@pytest.mark.parametrize(
    ("month", "message"),
    [
        ("tháng năm", lambda: str(service.MESSAGES[Problem.MONTH_INVALID])),
        (
            "2025-02",
            lambda: str(service.MESSAGES[Problem.MONTH_BEFORE_CAMPAIGN]) % {"first": "03/2025"},
        ),
    ],
)
def test_a_bad_month_is_refused_on_the_month_field(commune_manager, units, month, message):
    with pytest.raises(service.ReportRejectedError) as refused:
        create(commune_manager, units["xa_tram_tau"], month=month)
    assert refused.value.errors == {"month": [message()]}
    assert not AggregateReport.objects.exists()


def test_a_month_that_has_not_begun_is_refused(district_manager, units):
    today = timezone.localdate()
    following = date(today.year + today.month // 12, today.month % 12 + 1, 1)
    month = f"{following.year}-{following.month:02d}"
    with pytest.raises(service.ReportRejectedError) as refused:
        create(district_manager, units["new_xa_tram_tau"], month=month)
    assert refused.value.errors == {
        "month": [
            str(service.MESSAGES[Problem.MONTH_IN_FUTURE])
            % {"month": f"{following.month:02d}/{following.year}"}
        ]
    }


def test_a_commune_reports_only_while_it_exists(district_manager, units):
    with pytest.raises(service.ReportRejectedError) as refused:
        create(district_manager, units["xa_tram_tau"], month="2025-07")
    assert refused.value.errors == {
        "body": [
            _(
                "%(unit)s existed only until %(day)s: report later months for the commune it "
                "became part of."
            )
            % {"unit": units["xa_tram_tau"].name, "day": "30/06/2025"}
        ]
    }
    with pytest.raises(service.ReportRejectedError) as refused:
        create(district_manager, units["new_xa_tram_tau"], month="2025-06")
    assert list(refused.value.errors) == ["body"]
    assert create(district_manager, units["new_xa_tram_tau"], month="2025-07").pk


def test_negative_counts_are_refused_per_cell(commune_manager, units):
    lines = figures(adults=10)
    lines["workers"] = service.LineFigures(trained=-1, reached=-2)
    with pytest.raises(service.ReportRejectedError) as refused:
        create(commune_manager, units["xa_tram_tau"], lines=lines)
    negative = str(service.MESSAGES[Problem.COUNT_NEGATIVE])
    assert refused.value.errors == {"workers-trained": [negative], "workers-reached": [negative]}


def test_reached_above_the_group_size_names_the_size_and_its_source(
    commune_manager, units, adults_size
):
    with pytest.raises(service.ReportRejectedError) as refused:
        create(commune_manager, units["xa_tram_tau"], lines=figures(adults=101, workers=500))
    message = refused.value.errors["adults-reached"][0]
    assert message == str(service.MESSAGES[Problem.ABOVE_GROUP_SIZE]) % {
        "value": 101,
        "size": 100,
        "year": 2025,
        "source": f"{_('official statistics')}: Niên giám thống kê 2024",
    }
    # Workers have no known size: no bound.
    assert list(refused.value.errors) == ["adults-reached"]
    assert create(commune_manager, units["xa_tram_tau"], lines=figures(adults=100)).pk


def test_cumulative_figures_cannot_go_down_after_an_approved_month(
    commune_manager, district_manager, units
):
    approved(commune_manager, district_manager, units["xa_tram_tau"], "2025-04", adults=40)
    with pytest.raises(service.ReportRejectedError) as refused:
        create(commune_manager, units["xa_tram_tau"], month="2025-05", lines=figures(adults=39))
    assert refused.value.errors == {
        "adults-reached": [
            str(service.MESSAGES[Problem.BELOW_EARLIER])
            % {"value": 39, "earlier": 40, "month": "04/2025"}
        ]
    }
    assert AggregateReport.objects.count() == 1


def test_an_earlier_month_cannot_exceed_an_approved_later_one(
    commune_manager, district_manager, units
):
    approved(commune_manager, district_manager, units["xa_tram_tau"], "2025-06", adults=50)
    with pytest.raises(service.ReportRejectedError) as refused:
        create(commune_manager, units["xa_tram_tau"], month="2025-05", lines=figures(adults=51))
    assert list(refused.value.errors) == ["adults-reached"]


def test_a_second_report_for_the_same_body_and_month_points_to_the_first(
    commune_manager, district_manager, units
):
    first = create(commune_manager, units["xa_tram_tau"])
    with pytest.raises(service.ReportExistsError) as refused:
        create(district_manager, units["xa_tram_tau"])
    assert refused.value.report_id == first.pk
    assert AggregateReport.objects.count() == 1


def test_one_bad_cell_saves_nothing_not_even_the_good_lines(commune_manager, units):
    lines = figures(adults=10, students=5)
    lines["officials"] = service.LineFigures(trained=1, reached=-1)
    with pytest.raises(service.ReportRejectedError):
        create(commune_manager, units["xa_tram_tau"], lines=lines)
    assert not AggregateReport.objects.exists()
    assert not AggregateReportLine.objects.exists()
    assert not AuditEntry.objects.exists()


def test_a_refused_edit_keeps_every_earlier_value(commune_manager, units):
    report = create(commune_manager, units["xa_tram_tau"], lines=figures(adults=10, students=3))
    lines = figures(adults=20, students=6)
    lines["workers"] = service.LineFigures(trained=-1, reached=0)
    with pytest.raises(service.ReportRejectedError):
        service.update_report(actor=commune_manager, report_id=report.pk, lines=lines, note="x")
    report.refresh_from_db()
    assert (reached_of(report), reached_of(report, "students"), report.note) == (10, 3, "")
    assert AuditEntry.objects.count() == 1


# Workflow


def test_submitting_locks_the_figures(commune_manager, units):
    report = create(commune_manager, units["xa_tram_tau"])
    service.submit_report(actor=commune_manager, report_id=report.pk)
    with pytest.raises(ConflictError):
        service.update_report(actor=commune_manager, report_id=report.pk, lines=figures(adults=11))
    with pytest.raises(ConflictError):
        service.submit_report(actor=commune_manager, report_id=report.pk)
    assert reached_of(report) == 10


def test_the_district_approves_and_the_commune_cannot(commune_manager, district_manager, units):
    report = create(commune_manager, units["xa_tram_tau"], submit=True)
    with pytest.raises(PermissionDeniedError):
        service.approve_report(actor=commune_manager, report_id=report.pk)
    approved_report = service.approve_report(actor=district_manager, report_id=report.pk)
    assert approved_report.status == AggregateReport.Status.APPROVED
    assert approved_report.reviewed_by == district_manager
    with pytest.raises(ConflictError):
        service.approve_report(actor=district_manager, report_id=report.pk)


def test_nobody_approves_their_own_submission(district_manager, province_manager, units):
    report = create(district_manager, units["xa_ban_mu"], submit=True)
    with pytest.raises(PermissionDeniedError):
        service.approve_report(actor=district_manager, report_id=report.pk)
    assert list(service.awaiting_review(actor=district_manager)) == []
    assert list(service.awaiting_review(actor=province_manager)) == [report]
    service.approve_report(actor=province_manager, report_id=report.pk)


def test_after_the_merger_the_province_reviews_the_new_communes(
    province_manager, district_manager, units
):
    manager = make_manager("xa.moi", unit=units["new_xa_tram_tau"])
    report = create(manager, units["new_xa_tram_tau"], month="2025-08", submit=True)
    with pytest.raises(PermissionDeniedError):
        service.approve_report(actor=manager, report_id=report.pk)
    assert service.approve_report(actor=province_manager, report_id=report.pk).status == "approved"


def test_an_out_of_area_reviewer_does_not_find_the_report(commune_manager, units):
    other_district = make_manager("mcc.manager", unit=units["mu_cang_chai"])
    report = create(commune_manager, units["xa_tram_tau"], submit=True)
    with pytest.raises(NotFoundError):
        service.approve_report(actor=other_district, report_id=report.pk)
    assert AggregateReport.objects.get().status == AggregateReport.Status.SUBMITTED


def test_returning_needs_a_reason_and_the_reporter_corrects_and_resubmits(
    commune_manager, district_manager, units
):
    report = create(commune_manager, units["xa_tram_tau"], submit=True)
    with pytest.raises(service.ReportRejectedError) as refused:
        service.return_report(actor=district_manager, report_id=report.pk, reason="  ")
    assert list(refused.value.errors) == ["reason"]
    service.return_report(
        actor=district_manager, report_id=report.pk, reason="Thiếu số liệu thôn Km 1"
    )
    report.refresh_from_db()
    assert (report.status, report.review_note) == ("returned", "Thiếu số liệu thôn Km 1")
    service.update_report(
        actor=commune_manager, report_id=report.pk, lines=figures(adults=12), submit=True
    )
    report.refresh_from_db()
    assert (report.status, reached_of(report)) == ("submitted", 12)
    service.approve_report(actor=district_manager, report_id=report.pk)


def test_reopening_an_approved_report_stops_it_counting(commune_manager, district_manager, units):
    report = approved(commune_manager, district_manager, units["xa_tram_tau"], "2025-04", adults=40)
    with pytest.raises(PermissionDeniedError):
        service.return_report(actor=commune_manager, report_id=report.pk, reason="Sai")
    service.return_report(actor=district_manager, report_id=report.pk, reason="Đếm trùng")
    report.refresh_from_db()
    assert report.status == AggregateReport.Status.RETURNED
    # No longer approved, so a later month may report less.
    assert create(commune_manager, units["xa_tram_tau"], lines=figures(adults=30)).pk
    entry = AuditEntry.objects.filter(action=AuditEntry.Action.REPORT_RETURNED).get()
    assert entry.detail["reopened"] is True
    assert entry.detail["changes"] == {
        "status": {"before": "approved", "after": "returned"},
        "review_note": {"before": "", "after": "Đếm trùng"},
    }


def test_approval_rechecks_the_cumulative_rule(commune_manager, district_manager, units):
    may = create(commune_manager, units["xa_tram_tau"], month="2025-05", submit=True)
    approved(commune_manager, district_manager, units["xa_tram_tau"], "2025-04", adults=40)
    with pytest.raises(ConflictError):
        service.approve_report(actor=district_manager, report_id=may.pk)
    assert AggregateReport.objects.get(pk=may.pk).status == AggregateReport.Status.SUBMITTED


# Audit


def test_every_change_is_audited_with_values_before_and_after(
    commune_manager, district_manager, units
):
    report = create(commune_manager, units["xa_tram_tau"], lines=figures(adults=10))
    service.update_report(
        actor=commune_manager, report_id=report.pk, lines=figures(adults=15), note="Lớp 2"
    )
    service.update_report(
        actor=commune_manager, report_id=report.pk, lines=figures(adults=15), note="Lớp 2"
    )
    service.submit_report(actor=commune_manager, report_id=report.pk)
    service.approve_report(actor=district_manager, report_id=report.pk)
    entries = list(AuditEntry.objects.order_by("pk"))
    assert [entry.action for entry in entries] == [
        AuditEntry.Action.REPORT_SAVED,
        AuditEntry.Action.REPORT_SAVED,
        AuditEntry.Action.REPORT_SUBMITTED,
        AuditEntry.Action.REPORT_APPROVED,
    ]
    created, edited, submitted, approval = (entry.detail for entry in entries)
    assert created["changes"]["adults.reached"] == {"before": None, "after": 10}
    assert created["changes"]["status"] == {"before": None, "after": "draft"}
    assert edited["changes"] == {
        "adults.reached": {"before": 10, "after": 15},
        "note": {"before": "", "after": "Lớp 2"},
    }
    assert submitted["changes"] == {"status": {"before": "draft", "after": "submitted"}}
    assert approval["changes"] == {"status": {"before": "submitted", "after": "approved"}}
    assert approval["month"] == "2025-05"
    assert entries[3].actor == district_manager
    assert entries[3].target == f"report {report.pk}: {units['xa_tram_tau'].name} (04600), 05/2025"


# Pages


def test_the_form_is_a_grid_with_group_sizes_and_the_previous_approved_figure(
    client, commune_manager, district_manager, units, adults_size
):
    approved(commune_manager, district_manager, units["xa_tram_tau"], "2025-04", adults=40)
    sign_in(client, commune_manager)
    response = client.get(
        reverse("campaign:aggregate-report-create"),
        {"body": f"c{units['xa_tram_tau'].pk}", "month": "2025-05"},
    )
    assert response.status_code == 200
    rows = {row.hint.group.code: row.hint for row in response.context["grid"].rows}
    assert list(rows) == ["officials", "students", "adults", "workers"]
    assert (rows["adults"].group_size, rows["adults"].previous.reached) == (100, 40)
    assert rows["workers"].group_size is None
    content = response.content.decode()
    assert _("People trained during the period") in content
    assert _("Cumulative people with basic digital skills by the end of the period") in content


def test_creating_through_the_page_saves_and_submits(client, commune_manager, units):
    sign_in(client, commune_manager)
    response = client.post(
        reverse("campaign:aggregate-report-create"),
        {"body": f"c{units['xa_tram_tau'].pk}", "month": "2025-05", "submit": "", **grid(adults=7)},
    )
    report = AggregateReport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("campaign:aggregate-report-detail", args=[report.pk])
    assert (report.status, reached_of(report)) == ("submitted", 7)


def test_a_unit_outside_ones_area_chosen_in_the_form_is_a_form_error(
    client, commune_manager, units
):
    sign_in(client, commune_manager)
    response = client.post(
        reverse("campaign:aggregate-report-create"),
        {"body": f"c{units['xa_ban_mu'].pk}", "month": "2025-05", **grid(adults=7)},
    )
    assert response.status_code == 200
    assert response.context["start"].errors == {"body": [str(service.NOT_IN_SCOPE)]}
    assert not AggregateReport.objects.exists()


def test_text_in_a_cell_is_a_precise_error_and_saves_nothing(client, commune_manager, units):
    sign_in(client, commune_manager)
    data = {"body": f"c{units['xa_tram_tau'].pk}", "month": "2025-05", **grid(adults=7)}
    data["adults-reached"] = "bảy"
    response = client.post(reverse("campaign:aggregate-report-create"), data)
    assert response.status_code == 200
    assert response.context["grid"].errors == {
        "adults-reached": [_("Enter a whole number of people, digits only (for example 1200).")]
    }
    assert not AggregateReport.objects.exists()


def test_the_form_links_to_the_existing_report_of_the_month(client, commune_manager, units):
    report = create(commune_manager, units["xa_tram_tau"])
    sign_in(client, commune_manager)
    response = client.get(
        reverse("campaign:aggregate-report-create"),
        {"body": f"c{units['xa_tram_tau'].pk}", "month": "05/2025"},
    )
    assert response.context["existing_id"] == report.pk
    assert (
        reverse("campaign:aggregate-report-detail", args=[report.pk]) in response.content.decode()
    )


def test_another_communes_report_is_not_found(client, commune_manager, district_manager, units):
    report = create(district_manager, units["xa_ban_mu"], submit=True)
    sign_in(client, commune_manager)
    assert (
        client.get(reverse("campaign:aggregate-report-detail", args=[report.pk])).status_code == 404
    )
    for action in ("report-submit", "report-approve", "report-return"):
        url = reverse(f"campaign:aggregate-{action}", args=[report.pk])
        assert client.post(url, {"reason": "x"}).status_code == 404
    assert (
        client.get(reverse("campaign:aggregate-report-list")).context["page"].object_list.count()
        == 0
    )
    assert AggregateReport.objects.get().status == "submitted"


def test_editing_through_the_page(client, commune_manager, units):
    report = create(commune_manager, units["xa_tram_tau"])
    sign_in(client, commune_manager)
    url = reverse("campaign:aggregate-report-detail", args=[report.pk])
    response = client.post(url, {**grid(adults=9), "note": "Lớp 3"})
    assert response.status_code == 302
    assert reached_of(report) == 9


def test_the_list_shows_reports_awaiting_the_reviewer(
    client, commune_manager, district_manager, units
):
    report = create(commune_manager, units["xa_tram_tau"], submit=True)
    create(commune_manager, units["xa_tram_tau"], month="2025-04")
    sign_in(client, district_manager)
    response = client.get(reverse("campaign:aggregate-report-list"))
    assert response.context["awaiting"] == [report]
    assert list(response.context["units"]) == [units["xa_tram_tau"]]
    assert len(response.context["page"].object_list) == 2
    filtered = client.get(
        reverse("campaign:aggregate-report-list"), {"status": "draft", "month": "2025-04"}
    )
    assert [r.period_start for r in filtered.context["page"].object_list] == [date(2025, 4, 1)]


def test_approving_and_returning_through_the_page(client, commune_manager, district_manager, units):
    report = create(commune_manager, units["xa_tram_tau"], submit=True)
    sign_in(client, commune_manager)
    client.post(reverse("campaign:aggregate-report-approve", args=[report.pk]))
    assert AggregateReport.objects.get().status == "submitted"
    sign_in(client, district_manager)
    response = client.post(
        reverse("campaign:aggregate-report-return", args=[report.pk]), {"reason": ""}
    )
    assert response.status_code == 302
    assert AggregateReport.objects.get().status == "submitted"
    client.post(reverse("campaign:aggregate-report-approve", args=[report.pk]))
    assert AggregateReport.objects.get().status == "approved"
    assert (
        client.get(reverse("campaign:aggregate-report-approve", args=[report.pk])).status_code
        == 405
    )


def test_the_report_page_offers_what_the_viewer_may_do(
    client, commune_manager, district_manager, units
):
    report = create(commune_manager, units["xa_tram_tau"])
    url = reverse("campaign:aggregate-report-detail", args=[report.pk])
    sign_in(client, commune_manager)
    page = client.get(url)
    assert page.context["grid"] is not None
    assert (page.context["can_submit"], page.context["can_approve"]) == (True, False)
    service.submit_report(actor=commune_manager, report_id=report.pk)
    page = client.get(url)
    assert (page.context["grid"], page.context["can_submit"]) == (None, False)
    assert client.post(url, grid(adults=99)).status_code == 404
    sign_in(client, district_manager)
    page = client.get(url)
    assert (page.context["can_approve"], page.context["can_return"]) == (True, True)
    content = page.content.decode()
    assert reverse("campaign:aggregate-report-approve", args=[report.pk]) in content
    assert reverse("campaign:aggregate-report-return", args=[report.pk]) in content


def test_the_list_costs_the_same_whatever_the_number_of_reports(
    client, commune_manager, district_manager, units
):
    create(commune_manager, units["xa_tram_tau"], month="2025-04", submit=True)
    sign_in(client, district_manager)
    url = reverse("campaign:aggregate-report-list")
    client.get(url)
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    for month in ("2025-05", "2025-06"):
        create(commune_manager, units["xa_tram_tau"], month=month, submit=True)
        create(district_manager, units["xa_ban_mu"], month=month)
    with CaptureQueriesContext(connection) as five:
        client.get(url)
    assert len(five) == len(one)
