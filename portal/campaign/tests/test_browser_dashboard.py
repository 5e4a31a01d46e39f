"""A district manager's journey through the progress dashboard in headless Chromium: sign in,
the district's figures, a drill into the most lagging commune, its XLSX and PDF exports, and
axe-core on every dashboard seen."""

import re
from datetime import date

from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from openpyxl import load_workbook
from pypdf import PdfReader

from portal.accounts.tests.factories import TEST_PASSWORD, make_manager, make_person
from portal.campaign import services as campaign_services
from portal.campaign.models import Denominator, TargetGroup
from portal.core.tests.browser import BROWSER_MARKS, assert_accessible

pytestmark = BROWSER_MARKS

# Huyện Trạm Tấu exists until 30/06/2025.
DASHBOARD = reverse("campaign:progress-dashboard") + "?date=2025-06-30"
ADULTS = "Người dân trong độ tuổi trưởng thành"
# The dashboard's own strings are translated in locale/vi/fragments/dashboard.po, which may not
# be compiled yet: accept the English source or its Vietnamese translation.
BEHIND = re.compile(r"Behind schedule|Chậm tiến độ")
XLSX = re.compile(r"Download Excel \(XLSX\)|Tải Excel \(XLSX\)")
PDF = re.compile(r"Periodic report \(PDF\)|Báo cáo định kỳ \(PDF\)")


def _lagging_commune(units):
    """Xã Túc Đán: 15 adults, a single one (confirmed) reached basic skills by 30/06/2025,
    far behind Xã Trạm Tấu (4 of 12) and Xã Bản Mù (2 of 8) of the `figures` fixture."""
    commune = units["xa_tuc_dan"]
    adults = TargetGroup.objects.get(code="adults")
    Denominator.objects.create(
        unit=commune, target_group=adults, year=2025, count=15, source="estimate"
    )
    person = make_person("Lý A Sinh", unit=commune)
    campaign_services.record_attainment(
        person_id=person.pk,
        achieved_on=date(2025, 5, 20),
        unit_id=commune.pk,
        target_group_id=adults.pk,
        organisation_id=None,
        source="assessment",
        reference="browser:tuc-dan:1",
        verdict="basic",
        is_confirmed=True,
        levels={},
    )
    return commune


def _sign_in(page, live_server, device):
    page.goto(live_server.url + DASHBOARD)
    page.wait_for_url(re.compile(r".*/tai-khoan/dang-nhap/\?next="))
    page.get_by_label("Số điện thoại di động hoặc e-mail").fill("district.manager")
    page.get_by_label("Mật khẩu").fill(TEST_PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(re.compile(r".*/tai-khoan/xac-thuc-hai-lop/"))
    page.get_by_role("main").get_by_role("textbox").fill(f"{totp(device.bin_key):06d}")
    page.get_by_role("main").get_by_role("button", name="Xác nhận").click()
    page.wait_for_url(live_server.url + DASHBOARD)  # back where the manager was going


def _shown_rate(page):
    """The adults card's rate as shown ("6,7%") and as a number (6.7)."""
    card = page.get_by_role("main").get_by_role("article", name=ADULTS, exact=True)
    shown = card.locator(".dashboard-rate strong").inner_text().strip()
    return shown, float(shown.rstrip("%").replace(",", "."))


def test_district_manager_drills_into_the_lagging_commune_and_exports_its_figures(
    live_server, page, figures, tmp_path
):
    commune = _lagging_commune(figures)
    manager = make_manager("district.manager", unit=figures["tram_tau"])
    device = TOTPDevice.objects.create(user=manager, name="phone", confirmed=True)
    page.set_viewport_size({"width": 360, "height": 740})
    main = page.get_by_role("main")

    _sign_in(page, live_server, device)

    # The district: 7 of the 35 adults of its three communes with a size.
    assert "Huyện Trạm Tấu" in main.get_by_role("heading", level=1).inner_text()
    assert _shown_rate(page)[0] == "20,0%"
    assert_accessible(page)
    page.set_viewport_size({"width": 1280, "height": 800})
    assert_accessible(page)
    page.set_viewport_size({"width": 360, "height": 740})

    # Lagging first: Túc Đán (behind, 6,7%), then the two others with a size (in an order the
    # ranking rules decide), then the communes without figures.
    ranking = main.locator("table.dashboard-ranking tbody tr")
    names = [name.strip() for name in ranking.locator("th a").all_inner_texts()]
    assert names[0] == "Xã Túc Đán"
    assert sorted(names[1:3]) == ["Xã Bản Mù", "Xã Trạm Tấu"]
    first = ranking.first
    assert BEHIND.search(first.locator("td").first.inner_text())
    assert "6,7%" in first.inner_text()
    main.get_by_role("link", name=names[0], exact=True).click()

    page.wait_for_url(re.compile(rf".*[?&]unit={commune.pk}(&|$)"))
    heading = main.get_by_role("heading", level=1).inner_text()
    assert "Xã Túc Đán" in heading
    assert "30/06/2025" in heading
    trail = main.locator("nav.breadcrumb")
    assert trail.get_by_role("link", name="Huyện Trạm Tấu", exact=True).is_visible()
    assert trail.locator("[aria-current=page]").inner_text() == "Xã Túc Đán"
    shown, rate = _shown_rate(page)
    assert (shown, rate) == ("6,7%", 6.7)  # 1 of 15
    card = main.get_by_role("article", name=ADULTS, exact=True).inner_text()
    assert re.search(r"\b1\b\D+\b15\b", card)
    assert main.locator("table.dashboard-ranking").count() == 0  # no unit below a commune
    assert_accessible(page)

    with page.expect_download() as info:
        main.get_by_role("link", name=XLSX).click()
    download = info.value
    assert download.failure() is None
    assert download.suggested_filename == f"tien-do-{commune.code}-2025-06-30.xlsx"
    workbook_path = tmp_path / download.suggested_filename
    download.save_as(workbook_path)
    cards = load_workbook(workbook_path).worksheets[0]
    assert "Xã Túc Đán" in cards["A1"].value
    rows = [list(row) for row in cards.iter_rows(min_row=3, values_only=True)]
    adults_row = next(row for row in rows if row[0] == ADULTS)
    assert adults_row[1:4] == [15, 1, rate]

    with page.expect_download() as info:
        main.get_by_role("button", name=PDF).click()
    download = info.value
    assert download.failure() is None
    assert download.suggested_filename.endswith(".pdf")
    report_path = tmp_path / download.suggested_filename
    download.save_as(report_path)
    text = "\n".join(sheet.extract_text() for sheet in PdfReader(report_path).pages)
    assert "XÃ TÚC ĐÁN" in text  # the issuing unit, in capitals
    # The adults' line: the commune, 15 in the group, 1 reached, the rate shown on the page.
    assert re.search(rf"Xã Túc Đán\b[^\n]* 15 1 {re.escape(shown)} ", text)
    assert "30/06/2025" in text
