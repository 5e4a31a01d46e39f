"""Exports of the progress dashboard: XLSX and CSV of the view, the periodic report as a PDF
(inline for a small unit, through a background task for a large one), scoped and audited."""

import csv
import io

import openpyxl
import pypdf
import pytest
from django.urls import reverse

from conftest import sign_in
from portal.accounts.models import AuditEntry
from portal.accounts.tests.factories import make_manager
from portal.campaign import exports
from portal.campaign.models import ReportExport

pytestmark = pytest.mark.django_db

BEFORE = "2025-06-30"
XLSX = reverse("campaign:progress-export", args=["xlsx"])
CSV = reverse("campaign:progress-export", args=["csv"])
REPORT = reverse("campaign:report-create")


def _workbook(response):
    assert response.status_code == 200
    return openpyxl.load_workbook(io.BytesIO(response.content))


def _pdf_text(content):
    reader = pypdf.PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_the_xlsx_holds_the_numbers_of_the_page_with_vietnamese_names(
    client, figures, district_manager
):
    sign_in(client, district_manager)
    page = client.get(reverse("campaign:progress-dashboard"), {"date": BEFORE})
    adults = next(c.figures for c in page.context["board"].cards if c.figures.indicator == "adults")
    workbook = _workbook(client.get(XLSX, {"date": BEFORE}))
    cards = workbook.worksheets[0]
    assert "Huyện Trạm Tấu" in cards["A1"].value
    rows = [list(row) for row in cards.iter_rows(min_row=3, values_only=True)]
    adults_row = next(row for row in rows if row[0] == adults.label)
    assert adults_row[1:5] == [adults.denominator, adults.attained, 30.0, 80.0]
    assert adults_row[6] == adults.gap
    children = [list(row) for row in workbook.worksheets[1].iter_rows(min_row=3, values_only=True)]
    tram_tau = next(row for row in children if row[1] == "Xã Trạm Tấu" and row[2] == adults.label)
    assert tram_tau[3:6] == [12, 4, 33.3]
    assert {row[1] for row in children} >= {"Xã Trạm Tấu", "Xã Bản Mù"}
    months = workbook.worksheets[2]
    assert months.max_row > 3


def test_the_csv_has_the_same_tables(client, figures, district_manager):
    sign_in(client, district_manager)
    response = client.get(CSV, {"date": BEFORE, "indicator": "adults"})
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert any(row[:1] == ["04600"] and "Xã Trạm Tấu" in row and "33.3" in row for row in rows)
    assert any("20" in row and "6" in row and "30.0" in row for row in rows)


def test_every_export_is_audited(client, figures, district_manager):
    sign_in(client, district_manager)
    client.get(XLSX, {"date": BEFORE})
    client.get(CSV, {"date": BEFORE})
    entries = AuditEntry.objects.filter(action=AuditEntry.Action.FIGURES_EXPORTED).order_by("at")
    assert [entry.detail["format"] for entry in entries] == ["xlsx", "csv"]
    assert entries[0].actor == district_manager
    assert "139" in entries[0].target


def test_exports_are_scoped_like_the_page(client, figures, commune_manager):
    sign_in(client, commune_manager)
    for key in ("xa_ban_mu", "tram_tau", "yen_bai"):
        assert client.get(XLSX, {"unit": figures[key].pk}).status_code == 404, key
        response = client.post(REPORT, {"unit": figures[key].pk, "date": BEFORE})
        assert response.status_code == 404, key
    own = _workbook(client.get(XLSX, {"date": BEFORE}))
    assert "Xã Trạm Tấu" in own.worksheets[0]["A1"].value
    assert len(own.worksheets) == 2  # no unit below a commune: cards and months


def test_bad_filters_refuse_the_export_with_a_reason(client, figures, district_manager):
    sign_in(client, district_manager)
    response = client.get(XLSX, {"indicator": "nonsense"})
    assert response.status_code == 400
    assert response.content
    gone = client.get(XLSX, {"date": "2025-08-01", "unit": figures["tram_tau"].pk})
    assert gone.status_code == 400
    assert "30/06/2025" in gone.content.decode()
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.FIGURES_EXPORTED).exists()


def test_a_small_unit_gets_its_periodic_report_at_once(client, figures, district_manager):
    sign_in(client, district_manager)
    response = client.post(REPORT, {"unit": figures["tram_tau"].pk, "date": BEFORE})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = _pdf_text(response.content)
    for words in (
        "BÁO CÁO",
        "Kết quả triển khai phong trào Bình dân học vụ số",
        "NGƯỜI LẬP BIỂU",
        "THỦ TRƯỞNG ĐƠN VỊ",
        "HUYỆN TRẠM TẤU",
        "Xã Trạm Tấu",
        "Xã Bản Mù",
        "30/06/2025",
        "21/03/2025",
    ):
        assert words in text, words
    for number in ("30,0%", "33,3%", "25,0%"):
        assert number in text, number
    entry = AuditEntry.objects.get(action=AuditEntry.Action.FIGURES_EXPORTED)
    assert entry.detail["format"] == "pdf"


def test_a_large_unit_gets_its_report_from_a_background_task(
    client, figures, district_manager, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(exports, "INLINE_MAX_CHILDREN", 1)
    sign_in(client, district_manager)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(REPORT, {"unit": figures["tram_tau"].pk, "date": BEFORE})
    job = ReportExport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("campaign:report-detail", args=[job.pk])
    assert job.status == ReportExport.Status.DONE
    status = client.get(response["Location"])
    download_url = reverse("campaign:report-download", args=[job.pk])
    assert download_url in status.content.decode()
    assert 'hx-trigger="every 2s"' not in status.content.decode()
    download = client.get(download_url)
    assert download["Content-Type"] == "application/pdf"
    assert "Xã Trạm Tấu" in _pdf_text(download.content)
    assert AuditEntry.objects.filter(
        action=AuditEntry.Action.FIGURES_EXPORTED, detail__export_id=job.pk
    ).exists()


def test_a_waiting_report_polls_and_only_its_requester_sees_it(client, figures, district_manager):
    job = ReportExport.objects.create(
        requested_by=district_manager, unit=figures["tram_tau"], day="2025-06-30"
    )
    sign_in(client, district_manager)
    detail = reverse("campaign:report-detail", args=[job.pk])
    panel = client.get(detail, HTTP_HX_REQUEST="true").content.decode()
    assert 'hx-trigger="every 2s"' in panel
    assert "<html" not in panel
    assert client.get(reverse("campaign:report-download", args=[job.pk])).status_code == 404
    colleague = make_manager("other.district.manager", unit=figures["tram_tau"])
    client.logout()
    sign_in(client, colleague)
    assert client.get(detail).status_code == 404


def test_writing_a_report_twice_changes_nothing(figures, district_manager):
    job = ReportExport.objects.create(
        requested_by=district_manager, unit=figures["tram_tau"], day="2025-06-30"
    )
    first = exports.write_report(export_id=job.pk)
    assert first is not None
    assert first.status == ReportExport.Status.DONE
    written = bytes(first.content)
    again = exports.write_report(export_id=job.pk)
    assert again is not None
    assert bytes(again.content) == written
