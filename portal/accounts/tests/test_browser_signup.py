"""A new learner's journey in headless Chromium: sign up by phone, verify, profile, sign in."""

import re

from portal.accounts import senders
from portal.accounts.models import User
from portal.accounts.tests.factories import build_units
from portal.core.tests.browser import BROWSER_MARKS, assert_accessible

PASSWORD = "Hoc-vu-so-2026!"
pytestmark = BROWSER_MARKS


def sent_code() -> str:
    match = re.search(r"\b(\d{6})\b", senders.OUTBOX[-1].message)
    assert match is not None
    return match.group(1)


def test_learner_signs_up_by_phone_verifies_fills_profile_and_signs_in_again(live_server, page):
    units = build_units()
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/tai-khoan/dang-ky/")
    assert page.locator("h1").inner_text() == "Đăng ký tài khoản"
    assert_accessible(page)

    page.get_by_label("Số điện thoại di động hoặc e-mail").fill("0912 345 678")
    page.get_by_label("Họ và tên").fill("Giàng Thị Mỷ")
    page.get_by_label("Mật khẩu", exact=True).fill(PASSWORD)
    page.get_by_label("Nhập lại mật khẩu").fill(PASSWORD)
    page.get_by_label("Tôi đồng ý để dữ liệu của tôi được xử lý").check()
    page.get_by_role("button", name="Đăng ký").click()
    page.wait_for_url("**/tai-khoan/xac-nhan/")
    assert page.locator("h1").inner_text() == "Nhập mã xác nhận"
    assert senders.OUTBOX[-1].destination == "+84912345678"
    assert_accessible(page)

    page.get_by_label("Mã 6 chữ số").fill(sent_code())
    page.get_by_role("button", name="Xác nhận").click()
    page.wait_for_url("**/tai-khoan/ho-so/")
    assert page.locator("h1").inner_text() == "Hồ sơ của tôi"
    assert_accessible(page)

    page.get_by_label("Tìm xã, phường của bạn").press_sequentially("tram tau", delay=20)
    commune = page.get_by_label("Xã Trạm Tấu, Tỉnh Lào Cai")
    commune.wait_for()
    assert page.locator(".unit-status").inner_text() == (
        "Tìm thấy 1 xã, phường. Hãy chọn nơi của bạn ở danh sách bên dưới."
    )
    commune.check()
    page.get_by_label("Năm sinh").fill("1985")
    page.locator(".group-picker label", has_text="Người dân").first.click()
    assert_accessible(page)
    page.get_by_role("button", name="Lưu", exact=True).click()
    page.wait_for_url(re.compile(r".*/tai-khoan/$"))
    assert "Đã lưu hồ sơ của bạn." in page.locator(".account-messages").inner_text()

    person = User.objects.get(phone="+84912345678")
    assert person.unit == units["new_xa_tram_tau"]
    assert person.birth_year == 1985
    assert person.phone_verified_at is not None

    page.get_by_role("navigation", name="Tài khoản").get_by_role("button", name="Đăng xuất").click()
    page.wait_for_url(live_server.url + "/")
    page.goto(live_server.url + "/tai-khoan/dang-nhap/")
    assert_accessible(page)
    page.get_by_label("Số điện thoại di động hoặc e-mail").fill("+84 912-345-678")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(re.compile(r".*/tai-khoan/$"))
    assert page.locator("h1").inner_text() == "Tài khoản của bạn"
    assert "Giàng Thị Mỷ" in page.get_by_role("navigation", name="Tài khoản").inner_text()
