"""Account pages: who sees what, the exact messages, lockout, second factor and consent."""

import json
from urllib.parse import quote

import pytest
from django.test import override_settings
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import APIToken

from conftest import sign_in
from portal.accounts import senders
from portal.accounts.models import AuditEntry, ConsentRecord, User
from portal.accounts.tests.factories import TEST_PASSWORD
from portal.accounts.tests.fixtures import last_code

STRONG_PASSWORD = "Hoc-vu-so-2026!"


def html(response) -> str:
    return response.content.decode()


def sign_up(client, identifier="0912 345 678", **fields):
    data = {
        "identifier": identifier,
        "full_name": "Giàng Thị Mỷ",
        "password1": STRONG_PASSWORD,
        "password2": STRONG_PASSWORD,
        "has_consented": "on",
    }
    data.update(fields)
    return client.post("/tai-khoan/dang-ky/", data)


# Sign-up and verification


def test_sign_up_page_shows_the_privacy_notice_and_its_version(client, db, settings):
    response = client.get("/tai-khoan/dang-ky/")
    assert response.status_code == 200
    page = html(response)
    assert "<h1>Đăng ký tài khoản</h1>" in page
    assert 'href="/chinh-sach-bao-ve-du-lieu/"' in page
    assert f"(phiên bản {settings.PRIVACY_NOTICE_VERSION})" in page
    assert 'autocomplete="username"' in page
    assert 'autocomplete="new-password"' in page
    assert response["Cache-Control"].startswith("private, no-store")


@pytest.mark.parametrize(
    ("identifier", "message"),
    [
        ("0123", "Số điện thoại phải là số di động Việt Nam, ví dụ 0912 345 678."),
        ("0243 826 1234", "Đây là số máy bàn. Vui lòng nhập số di động để nhận mã qua tin nhắn."),
        ("", "Vui lòng nhập số điện thoại di động hoặc e-mail."),
    ],
)
def test_sign_up_explains_what_is_wrong_with_the_phone(client, db, identifier, message):
    response = sign_up(client, identifier)
    assert response.status_code == 200
    page = html(response)
    assert f'<p class="error" id="id_identifier_error">{message}</p>' in page
    assert 'aria-describedby="id_identifier_helptext id_identifier_error"' in page
    assert 'aria-invalid="true"' in page
    assert User.objects.count() == 0


def test_sign_up_refuses_mismatched_passwords_and_missing_consent(client, db):
    response = sign_up(client, password2="khac-hoan-toan-2026", has_consented="")
    page = html(response)
    assert "Hai mật khẩu chưa giống nhau." in page
    assert "Vui lòng đồng ý với thông báo xử lý dữ liệu cá nhân để đăng ký tài khoản." in page


def test_sign_up_of_a_registered_phone_points_to_sign_in(client, learner):
    response = sign_up(client, "+84 912 345 678")
    assert (
        "Số điện thoại hoặc e-mail này đã được đăng ký. Vui lòng đăng nhập, hoặc đặt lại mật "
        "khẩu nếu bạn quên." in html(response)
    )


def test_sign_up_signs_in_and_the_code_verifies_the_phone(client, db):
    response = sign_up(client)
    assert response.status_code == 302
    assert response["Location"] == "/tai-khoan/xac-nhan/"
    page = html(client.get("/tai-khoan/xac-nhan/"))
    assert "<strong>0912 345 678</strong>" in page
    assert 'autocomplete="one-time-code"' in page
    assert 'inputmode="numeric"' in page
    response = client.post("/tai-khoan/xac-nhan/", {"code": last_code()})
    assert response.status_code == 302
    assert response["Location"] == "/tai-khoan/ho-so/"
    user = User.objects.get()
    assert user.phone_verified_at is not None


def test_verify_shows_a_wrong_code_and_can_resend(client, db):
    sign_up(client)
    right = last_code()
    wrong = "000000" if right != "000000" else "111111"
    response = client.post("/tai-khoan/xac-nhan/", {"code": wrong})
    assert "Mã chưa đúng. Vui lòng kiểm tra tin nhắn và nhập lại." in html(response)
    response = client.post("/tai-khoan/xac-nhan/", {"resend": "1"}, follow=True)
    assert "Mã vừa được gửi chưa đến một phút. Vui lòng chờ một lát." in html(response)
    assert len(senders.OUTBOX) == 1


def test_verify_needs_a_signed_in_person(client, db):
    response = client.get("/tai-khoan/xac-nhan/")
    assert response.status_code == 302
    assert response["Location"] == "/tai-khoan/dang-nhap/?next=/tai-khoan/xac-nhan/"


# Sign-in, lockout, sign-out


@pytest.mark.parametrize("written", ["0912 345 678", "+84 912 345 678", "0912.345.678"])
def test_sign_in_with_the_phone_written_any_way(client, learner, written):
    response = client.post(
        "/tai-khoan/dang-nhap/", {"identifier": written, "password": TEST_PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/tai-khoan/"
    assert int(client.session["_auth_user_id"]) == learner.pk


def test_sign_in_follows_a_safe_next_only(client, learner):
    data = {"identifier": "0912345678", "password": TEST_PASSWORD}
    response = client.post("/tai-khoan/dang-nhap/?next=/tai-khoan/ho-so/", data)
    assert response["Location"] == "/tai-khoan/ho-so/"
    client.logout()
    response = client.post("/tai-khoan/dang-nhap/?next=https://evil.example/", data)
    assert response["Location"] == "/tai-khoan/"


def test_wrong_password_shows_a_message(client, learner):
    response = client.post(
        "/tai-khoan/dang-nhap/", {"identifier": "0912345678", "password": "sai-mat-khau"}
    )
    assert response.status_code == 200
    assert (
        "Số điện thoại, e-mail hoặc mật khẩu chưa đúng. Sau 5 lần sai, việc đăng nhập sẽ bị "
        "tạm khoá 15 phút." in html(response)
    )


def test_too_many_wrong_passwords_lock_sign_in_with_a_vietnamese_page(client, learner, settings):
    statuses = []
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        written = "0912 345 678" if attempt % 2 else "+84912345678"
        response = client.post(
            "/tai-khoan/dang-nhap/", {"identifier": written, "password": "sai-mat-khau"}
        )
        statuses.append(response.status_code)
    assert statuses == [200] * (settings.AXES_FAILURE_LIMIT - 1) + [429]
    response = client.post(
        "/tai-khoan/dang-nhap/", {"identifier": "0912345678", "password": TEST_PASSWORD}
    )
    assert response.status_code == 429
    page = html(response)
    assert "<h1>Tạm khoá đăng nhập</h1>" in page
    assert (
        "Vui lòng chờ 15 phút rồi thử lại, hoặc đặt mật khẩu mới bằng mã gửi đến điện thoại "
        "hoặc e-mail của bạn." in page
    )
    assert 'href="/tai-khoan/quen-mat-khau/"' in page
    assert "_auth_user_id" not in client.session


def test_sign_out_is_post_only(client, learner):
    sign_in(client, learner)
    assert client.get("/tai-khoan/dang-xuat/").status_code == 405
    assert "_auth_user_id" in client.session
    response = client.post("/tai-khoan/dang-xuat/")
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert "_auth_user_id" not in client.session


# Password reset


def test_password_reset_answers_the_same_for_unknown_accounts(client, db):
    response = client.post("/tai-khoan/quen-mat-khau/", {"identifier": "0987 654 321"})
    assert response.status_code == 302
    assert response["Location"] == "/tai-khoan/dat-lai-mat-khau/"
    assert len(senders.OUTBOX) == 0


def test_password_reset_with_the_code(client, learner):
    client.post("/tai-khoan/quen-mat-khau/", {"identifier": "0912 345 678"})
    page = html(client.get("/tai-khoan/dat-lai-mat-khau/"))
    assert 'value="0912 345 678"' in page
    response = client.post(
        "/tai-khoan/dat-lai-mat-khau/",
        {
            "identifier": "0912 345 678",
            "code": last_code(),
            "password1": "Mat-khau-moi-2027",
            "password2": "Mat-khau-moi-2027",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/tai-khoan/dang-nhap/"
    learner.refresh_from_db()
    assert learner.check_password("Mat-khau-moi-2027")


# Profile


def test_profile_page_masks_the_citizen_id(client, learner):
    learner.citizen_id_last_digits = "234"
    learner.save()
    sign_in(client, learner)
    page = html(client.get("/tai-khoan/"))
    assert "•••••••••234" in page
    assert "0912 345 678 · chưa xác nhận" in page
    assert "Xã Trạm Tấu" in page


def test_profile_pages_need_sign_in(client, db):
    for path in ["/tai-khoan/", "/tai-khoan/ho-so/", "/tai-khoan/du-lieu-cua-toi/"]:
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"] == f"/tai-khoan/dang-nhap/?next={quote(path)}"


def test_commune_search_fragment_lists_today_s_communes(client, learner, units):
    sign_in(client, learner)
    response = client.get("/tai-khoan/tim-xa/", {"q": "tram tau"})
    assert response.status_code == 200
    page = html(response)
    assert page.count('type="radio"') == 1
    assert f'value="{units["new_xa_tram_tau"].pk}"' in page
    assert "Xã Trạm Tấu, Tỉnh Lào Cai" in page
    assert 'data-count="1"' in page


def test_profile_edit_without_javascript_finds_then_saves_a_commune(client, learner, units):
    sign_in(client, learner)
    page = html(client.get("/tai-khoan/ho-so/"))
    assert 'src="/static/js/unit-picker.js"' in page
    data = {
        "full_name": "Giàng A Sử",
        "unit_query": "tram tau",
        "birth_year": "1985",
        "target_group": str(learner.target_group_id),
        "find": "1",
    }
    page = html(client.post("/tai-khoan/ho-so/", data))
    new_commune = units["new_xa_tram_tau"]
    assert f'value="{new_commune.pk}"' in page
    del data["find"]
    data["unit"] = str(new_commune.pk)
    response = client.post("/tai-khoan/ho-so/", data)
    assert response.status_code == 302
    assert response["Location"] == "/tai-khoan/"
    learner.refresh_from_db()
    assert learner.unit == new_commune
    assert learner.birth_year == 1985


def test_profile_edit_explains_a_closed_commune_and_a_bad_citizen_id(client, learner, units):
    sign_in(client, learner)
    response = client.post(
        "/tai-khoan/ho-so/",
        {
            "full_name": "Giàng A Sử",
            "unit": str(units["xa_tram_tau"].pk),
            "birth_year": "1985",
            "target_group": str(learner.target_group_id),
            "citizen_id": "01508500123",
        },
    )
    assert response.status_code == 200
    page = html(response)
    assert (
        "Xã này không còn sau khi sắp xếp đơn vị hành chính năm 2025. Vui lòng chọn xã mới mà "
        "xã này đã sáp nhập vào." in page
    )
    assert (
        '<p class="error" id="id_citizen_id_error">Số định danh cá nhân (CCCD) gồm đúng 12 chữ '
        "số.</p>" in page
    )


# Consent


def test_a_new_privacy_notice_asks_for_consent_again(client, learner):
    sign_in(client, learner)
    assert client.get("/tai-khoan/ung-dung/").status_code == 200
    with override_settings(PRIVACY_NOTICE_VERSION="2027-06-01"):
        response = client.get("/tai-khoan/ung-dung/")
        assert response.status_code == 302
        assert response["Location"] == "/tai-khoan/dong-y/?next=%2Ftai-khoan%2Fung-dung%2F"
        page = html(client.get(response["Location"]))
        assert "phiên bản 2026-12-01. Phiên bản mới là 2027-06-01." in page
        response = client.post(
            "/tai-khoan/dong-y/", {"accept": "on", "next": "/tai-khoan/ung-dung/"}
        )
        assert response.status_code == 302
        assert response["Location"] == "/tai-khoan/ung-dung/"
        assert client.get("/tai-khoan/ung-dung/").status_code == 200
    assert list(
        ConsentRecord.objects.filter(user=learner)
        .order_by("accepted_at")
        .values_list("notice_version", flat=True)
    ) == ["2026-12-01", "2027-06-01"]


# Own data


def test_data_download_is_a_json_attachment(client, learner):
    sign_in(client, learner)
    assert client.get("/tai-khoan/du-lieu-cua-toi/tai-ve/").status_code == 405
    page = html(client.get("/tai-khoan/du-lieu-cua-toi/"))
    assert "Tải dữ liệu của tôi (JSON)" in page
    assert "Xoá tài khoản" in page
    response = client.post("/tai-khoan/du-lieu-cua-toi/tai-ve/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="du-lieu-cua-toi-')
    data = json.loads(response.content)
    assert data["profile"]["full_name"] == "Giàng A Sử"
    assert AuditEntry.objects.get().action == AuditEntry.Action.OWN_DATA_EXPORTED


def test_erasing_needs_the_password_then_signs_out(client, learner):
    sign_in(client, learner)
    response = client.post("/tai-khoan/du-lieu-cua-toi/xoa-tai-khoan/", {"password": "sai"})
    assert response.status_code == 400
    assert "Mật khẩu chưa đúng." in html(response)
    response = client.post("/tai-khoan/du-lieu-cua-toi/xoa-tai-khoan/", {"password": TEST_PASSWORD})
    assert response.status_code == 200
    assert "<h1>Tài khoản của bạn đã được xoá</h1>" in html(response)
    assert "_auth_user_id" not in client.session
    learner.refresh_from_db()
    assert learner.erased_at is not None


# Tokens


def test_tokens_show_the_plaintext_once_and_can_be_revoked(client, learner):
    sign_in(client, learner)
    response = client.post("/tai-khoan/ung-dung/", {"create": "1", "name": "Bảng tính"})
    page = html(response)
    token = APIToken.objects.get(user=learner)
    assert "Hãy sao chép mã truy cập mới ngay: mã chỉ hiện một lần." in page
    assert f'value="{token.prefix}' in page
    page = html(client.get("/tai-khoan/ung-dung/"))
    assert "mã chỉ hiện một lần" not in page
    assert "Bảng tính" in page
    client.post("/tai-khoan/ung-dung/", {"revoke": str(token.pk)})
    token.refresh_from_db()
    assert token.revoked_at is not None


# Second factor for staff


def test_staff_go_through_two_factor_before_the_manager_area_and_the_admin(
    client, admin_user_persona
):
    client.force_login(admin_user_persona)
    for path in ["/quan-ly/", "/admin/"]:
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"] == f"/tai-khoan/xac-thuc-hai-lop/?next={quote(path, safe='')}"
    page = html(client.get("/tai-khoan/xac-thuc-hai-lop/?next=/admin/"))
    assert '<svg role="img" aria-label="Mã QR cho ứng dụng xác thực"' in page
    device = TOTPDevice.objects.get(user=admin_user_persona, confirmed=False)
    response = client.post(
        "/tai-khoan/xac-thuc-hai-lop/?next=/admin/", {"code": f"{totp(device.bin_key):06d}"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    response = client.get("/quan-ly/")
    assert not response.get("Location", "").startswith("/tai-khoan/xac-thuc-hai-lop/")


def test_staff_sign_in_leads_to_the_second_factor(client, editor):
    response = client.post(
        "/tai-khoan/dang-nhap/?next=/admin/", {"identifier": "bientapvien", "password": "x"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/tai-khoan/xac-thuc-hai-lop/?next=%2Fadmin%2F"


def test_a_confirmed_authenticator_asks_only_for_the_code(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="app", confirmed=True)
    client.force_login(editor)
    page = html(client.get("/tai-khoan/xac-thuc-hai-lop/"))
    assert 'class="qr-code"' not in page
    assert "Nhập mã 6 chữ số ứng dụng xác thực đang hiển thị." in page
    response = client.post("/tai-khoan/xac-thuc-hai-lop/", {"code": "12345"})
    assert "Mã gồm 6 chữ số, ví dụ 123456." in html(response)
    response = client.post("/tai-khoan/xac-thuc-hai-lop/", {"code": f"{totp(device.bin_key):06d}"})
    assert response.status_code == 302
    assert response["Location"] == "/tai-khoan/"


# Header and the anonymous page cache


def test_header_offers_sign_in_to_readers_and_keeps_pages_cacheable(client, portal_site):
    first = client.get("/")
    page = html(first)
    assert 'href="/tai-khoan/dang-nhap/">Đăng nhập</a>' in page
    assert 'href="/tai-khoan/dang-ky/">Đăng ký</a>' in page
    assert "csrfmiddlewaretoken" not in page
    assert not first.cookies
    assert client.get("/")["X-Page-Cache"] == "hit"


def test_header_shows_the_person_and_sign_out(client, portal_site, learner):
    sign_in(client, learner)
    page = html(client.get("/"))
    assert "Giàng A Sử" in page
    assert 'action="/tai-khoan/dang-xuat/"' in page


def test_account_pages_exist_in_english(client, db):
    response = client.get("/en/tai-khoan/dang-nhap/")
    assert response.status_code == 200
    assert "<h1>Sign in</h1>" in html(response)


def test_commune_search_keeps_the_chosen_commune_first(client, learner, units):
    sign_in(client, learner)
    chosen = units["new_xa_tram_tau"]
    response = client.get("/tai-khoan/tim-xa/", {"q": "khong co xa nao", "selected": chosen.pk})
    page = html(response)
    assert 'data-count="0"' in page
    assert page.count('type="radio"') == 1
    assert f'value="{chosen.pk}"' in page
    assert "checked" in page


def test_verify_sends_people_without_phone_or_e_mail_to_their_account(client, editor):
    sign_in(client, editor)
    response = client.post("/tai-khoan/xac-nhan/", {"resend": "1"})
    assert response.status_code == 302
    assert response["Location"] == "/tai-khoan/"
    assert len(senders.OUTBOX) == 0


def test_staff_cannot_issue_api_tokens_without_the_second_factor(client, district_manager):
    client.force_login(district_manager)
    response = client.get("/tai-khoan/ung-dung/")
    assert response.status_code == 302
    assert response["Location"] == "/tai-khoan/xac-thuc-hai-lop/?next=%2Ftai-khoan%2Fung-dung%2F"
    assert client.get("/en/tai-khoan/ung-dung/").status_code == 302


@pytest.mark.parametrize("login_path", ["/admin/login/", "/django-admin/login/"])
def test_admin_sign_in_pages_lead_to_the_one_sign_in_page(client, login_path):
    response = client.get(login_path, {"next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == "/tai-khoan/dang-nhap/?next=%2Fadmin%2Fpages%2F"


def test_the_wagtail_admin_links_administrators_to_people_and_reference_data(
    client, admin_user_persona, editor
):
    page = sign_in(client, admin_user_persona).get("/admin/").content.decode()
    assert "/quan-ly/" in page
    assert "/django-admin/" in page
    page = sign_in(client, editor).get("/admin/").content.decode()
    assert "/quan-ly/" not in page
    assert "/django-admin/" not in page
