"""A district manager's journey in headless Chromium: sign in, second factor, people, figures."""

import re

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.accounts.tests.factories import TEST_PASSWORD, build_units, make_manager, make_person
from portal.core.tests.browser import BROWSER_MARKS, assert_accessible

pytestmark = BROWSER_MARKS


def test_district_manager_signs_in_with_a_second_factor_and_sees_only_the_district(
    live_server, page
):
    units = build_units()
    manager = make_manager("district.manager", unit=units["tram_tau"])
    device = TOTPDevice.objects.create(user=manager, name="phone", confirmed=True)
    make_person("Sùng A Páo", unit=units["xa_tram_tau"])
    make_person("Vàng Thị Dung", unit=units["xa_ban_mu"])
    make_person("Hờ A Chớ", unit=units["mcc_commune"])
    page.set_viewport_size({"width": 360, "height": 740})

    page.goto(live_server.url + "/quan-ly/")
    page.wait_for_url(re.compile(r".*/tai-khoan/dang-nhap/\?next="))
    page.get_by_label("Số điện thoại di động hoặc e-mail").fill("district.manager")
    page.get_by_label("Mật khẩu").fill(TEST_PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(re.compile(r".*/tai-khoan/xac-thuc-hai-lop/"))
    assert_accessible(page)
    page.get_by_role("main").get_by_role("textbox").fill(f"{totp(device.bin_key):06d}")
    page.get_by_role("main").get_by_role("button", name="Xác nhận").click()

    page.wait_for_url(live_server.url + "/quan-ly/")
    assert "Huyện Trạm Tấu" in page.get_by_role("main").inner_text()
    assert_accessible(page)

    page.get_by_role("main").get_by_role("link", name="Người dùng").first.click()
    page.wait_for_url(re.compile(r".*/quan-ly/nguoi-dung/"))
    names = page.locator("table tbody th").all_inner_texts()
    assert sorted(names) == ["Sùng A Páo", "Vàng Thị Dung", "district.manager"]
    assert_accessible(page)

    page.goto(live_server.url + "/quan-ly/so-lieu/?date=2025-06-30")
    assert "Huyện Trạm Tấu" in page.locator("table").inner_text()
    assert "Mù Căng Chải" not in page.locator("table").inner_text()
    assert_accessible(page)

    page.goto(live_server.url + "/quan-ly/nhap-danh-sach/")
    assert_accessible(page)
