"""Account services: sign-up, codes, password reset, profile, own data and erasure."""

import json
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import authenticate
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import APIToken

from portal.accounts import senders, services
from portal.accounts.models import AuditEntry, ConsentRecord, OneTimeCode, User
from portal.accounts.tests.factories import TEST_PASSWORD, group, make_person

FRAGMENT = Path(django_settings.BASE_DIR) / "locale" / "fragments" / "accounts.po"
STRONG_PASSWORD = "Hoc-vu-so-2026!"
CITIZEN_ID_1985 = "015085001234"
PHONE = "+84912345678"


@pytest.fixture(scope="session")
def _fragment_locale(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    """The accounts fragment compiled on the side, until it is merged into locale/vi."""
    msgfmt = shutil.which("msgfmt")
    if not FRAGMENT.exists() or msgfmt is None:
        return None
    root = tmp_path_factory.mktemp("locale")
    target = root / "vi" / "LC_MESSAGES"
    target.mkdir(parents=True)
    subprocess.run([msgfmt, "-o", str(target / "django.mo"), str(FRAGMENT)], check=True)
    return root


@pytest.fixture(autouse=True)
def vietnamese_messages(settings, _fragment_locale: Path | None) -> None:
    """Serve the account pages' Vietnamese messages whether or not the fragment is merged."""
    if _fragment_locale is not None:
        settings.LOCALE_PATHS = [_fragment_locale, *settings.LOCALE_PATHS]


@pytest.fixture(autouse=True)
def _empty_outbox() -> None:
    senders.OUTBOX.clear()


def last_code() -> str:
    """The 6-digit code in the newest console message."""
    message = senders.OUTBOX[-1].message
    return next(word for word in message.replace(",", " ").split() if word.isdigit())


def register(identifier: str = "0912 345 678", **kwargs) -> User:
    return services.register_person(
        identifier=identifier,
        password=kwargs.pop("password", STRONG_PASSWORD),
        full_name=kwargs.pop("full_name", "Giàng Thị Mỷ"),
        has_consented=kwargs.pop("has_consented", True),
    )


def age_back(destination: str, *, seconds: int) -> None:
    """Pretend the codes sent to destination were sent some seconds earlier."""
    for code in OneTimeCode.objects.filter(destination=destination):
        OneTimeCode.objects.filter(pk=code.pk).update(
            created_at=code.created_at - timedelta(seconds=seconds)
        )


# Registration


def test_registration_normalises_the_phone_and_records_consent_and_a_code(db):
    user = register("0912 345 678")
    assert user.phone == "+84912345678"
    assert user.email == ""
    assert user.username.startswith("u")
    assert len(user.username) == 11
    assert user.username[1:].isalpha()
    assert user.username[1:].islower()
    assert user.check_password(STRONG_PASSWORD)
    consent = ConsentRecord.objects.get(user=user)
    assert consent.notice_version == django_settings.PRIVACY_NOTICE_VERSION
    code = OneTimeCode.objects.get(user=user)
    assert code.destination == "+84912345678"
    assert code.purpose == OneTimeCode.Purpose.VERIFY
    assert senders.OUTBOX[-1].destination == "+84912345678"
    sent = last_code()
    assert len(sent) == 6
    assert sent not in code.code_digest
    assert len(code.code_digest) == 64


@pytest.mark.parametrize(
    ("identifier", "message"),
    [
        ("0123", "Số điện thoại phải là số di động Việt Nam, ví dụ 0912 345 678."),
        ("abc", "Số điện thoại phải là số di động Việt Nam, ví dụ 0912 345 678."),
        (
            "+1 202 555 0101",
            "Chỉ nhận số di động Việt Nam (+84). Nếu dùng số nước ngoài, vui lòng đăng ký bằng "
            "e-mail.",
        ),
        (
            "0243 826 1234",
            "Đây là số máy bàn. Vui lòng nhập số di động để nhận mã qua tin nhắn.",
        ),
        ("ten@", "E-mail chưa đúng, ví dụ đúng: ten@example.com."),
    ],
)
def test_registration_rejects_malformed_identifiers_with_a_precise_message(db, identifier, message):
    with pytest.raises(services.IdentifierError) as caught:
        register(identifier)
    assert str(caught.value) == message
    assert User.objects.count() == 0


def test_the_same_phone_written_differently_cannot_register_twice(db):
    register("0912 345 678")
    with pytest.raises(services.AlreadyRegisteredError) as caught:
        register("+84 912-345-678")
    assert str(caught.value) == (
        "Số điện thoại hoặc e-mail này đã được đăng ký. Vui lòng đăng nhập, hoặc đặt lại mật "
        "khẩu nếu bạn quên."
    )
    assert User.objects.count() == 1


def test_e_mail_duplicates_are_found_whatever_the_case(db):
    user = register("Mai.Lo@Example.VN")
    assert user.email == "mai.lo@example.vn"
    assert user.phone is None
    with pytest.raises(services.AlreadyRegisteredError):
        register("mai.lo@example.vn")


def test_registration_needs_consent_and_a_strong_password(db):
    with pytest.raises(services.ConsentRequiredError):
        register(has_consented=False)
    with pytest.raises(services.PasswordError) as caught:
        register(password="12345678")
    assert "Mật khẩu này quá phổ biến." in caught.value.messages
    assert User.objects.count() == 0


# One-time codes


def test_a_correct_code_verifies_the_phone(db):
    user = register()
    services.check_code(
        user=user, purpose="verify", destination="+84912345678", code=f" {last_code()} "
    )
    user.refresh_from_db()
    assert user.phone_verified_at is not None
    assert services.is_verified(user=user)
    assert OneTimeCode.objects.get(user=user).used_at is not None


def test_an_expired_code_is_refused(db):
    user = register()
    OneTimeCode.objects.filter(user=user).update(expires_at=timezone.now() - timedelta(seconds=1))
    with pytest.raises(services.CodeError) as caught:
        services.check_code(
            user=user, purpose="verify", destination="+84912345678", code=last_code()
        )
    assert str(caught.value) == "Mã đã hết hạn. Vui lòng yêu cầu mã mới."
    user.refresh_from_db()
    assert user.phone_verified_at is None


def test_expiry_follows_the_setting(db, settings):
    settings.ONE_TIME_CODE_MINUTES = 3
    user = register()
    code = OneTimeCode.objects.get(user=user)
    assert code.expires_at - code.created_at < timedelta(minutes=3, seconds=1)
    assert code.expires_at - code.created_at > timedelta(minutes=2, seconds=59)


def test_a_code_accepts_five_tries_only(db):
    user = register()
    right = last_code()
    wrong = "000000" if right != "000000" else "111111"
    messages = []
    for _attempt in range(5):
        with pytest.raises(services.CodeError) as caught:
            services.check_code(user=user, purpose="verify", destination=PHONE, code=wrong)
        messages.append(str(caught.value))
    assert messages[0] == "Mã chưa đúng. Vui lòng kiểm tra tin nhắn và nhập lại."
    assert messages[4] == "Bạn đã nhập sai quá nhiều lần. Vui lòng yêu cầu mã mới."
    with pytest.raises(services.CodeError) as caught:
        services.check_code(user=user, purpose="verify", destination=PHONE, code=right)
    assert str(caught.value) == "Bạn đã nhập sai quá nhiều lần. Vui lòng yêu cầu mã mới."
    assert OneTimeCode.objects.get(user=user).attempts == 5


def test_codes_wait_a_minute_between_sends_and_stop_at_five_an_hour(db):
    user = register()
    with pytest.raises(services.RateLimitedError) as caught:
        services.send_code(user=user, purpose="verify", destination=PHONE)
    assert str(caught.value) == "Mã vừa được gửi chưa đến một phút. Vui lòng chờ một lát."
    for _send in range(4):
        age_back(PHONE, seconds=61)
        services.send_code(user=user, purpose="verify", destination=PHONE)
    age_back(PHONE, seconds=61)
    with pytest.raises(services.RateLimitedError) as caught:
        services.send_code(user=user, purpose="verify", destination=PHONE)
    assert str(caught.value) == "Bạn đã yêu cầu 5 mã trong một giờ qua. Vui lòng thử lại sau."
    assert OneTimeCode.objects.filter(destination=PHONE).count() == 5
    age_back(PHONE, seconds=3600)
    services.send_code(user=user, purpose="verify", destination=PHONE)


def test_a_new_code_replaces_the_previous_one(db):
    user = register()
    first = last_code()
    age_back(PHONE, seconds=61)
    services.send_code(user=user, purpose="verify", destination=PHONE)
    second = last_code()
    if first != second:
        with pytest.raises(services.CodeError):
            services.check_code(user=user, purpose="verify", destination=PHONE, code=first)
    services.check_code(user=user, purpose="verify", destination=PHONE, code=second)


def test_e_mail_codes_go_by_mail(db, mailoutbox):
    user = register("mai@example.vn")
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["mai@example.vn"]
    assert mailoutbox[0].subject == "Mã xác nhận của bạn trên Cổng Bình dân học vụ số"
    code = next(word for word in mailoutbox[0].body.replace(",", " ").split() if word.isdigit())
    services.check_code(user=user, purpose="verify", destination="mai@example.vn", code=code)
    user.refresh_from_db()
    assert user.email_verified_at is not None


# Password reset


def test_reset_request_says_nothing_about_unknown_accounts(db):
    services.request_password_reset(identifier="0987 654 321")
    assert len(senders.OUTBOX) == 0
    assert OneTimeCode.objects.count() == 0


def test_reset_request_sends_a_code_to_a_known_account(learner):
    services.request_password_reset(identifier="0912345678")
    code = OneTimeCode.objects.get(user=learner)
    assert code.purpose == OneTimeCode.Purpose.RESET_PASSWORD
    assert senders.OUTBOX[-1].destination == "+84912345678"


def test_reset_request_hides_the_rate_limit_too(learner):
    services.request_password_reset(identifier="0912345678")
    services.request_password_reset(identifier="0912345678")
    assert OneTimeCode.objects.filter(user=learner).count() == 1


def test_reset_password_sets_the_new_password(learner, rf):
    services.request_password_reset(identifier="+84912345678")
    services.reset_password(
        identifier="0912 345 678", code=last_code(), new_password="Mat-khau-moi-2027"
    )
    assert (
        authenticate(request=rf.post("/"), username="0912345678", password="Mat-khau-moi-2027")
        == learner
    )
    learner.refresh_from_db()
    assert learner.phone_verified_at is not None


def test_reset_password_activates_an_invited_person(units):
    invited = make_person("Mùa A Dình", unit=units["new_xa_tram_tau"], phone="+84987654321")
    invited.set_unusable_password()
    invited.invited_at = timezone.now()
    invited.save()
    services.request_password_reset(identifier="0987654321")
    services.reset_password(
        identifier="0987654321", code=last_code(), new_password="Mat-khau-moi-2027"
    )
    invited.refresh_from_db()
    assert invited.has_usable_password()
    assert invited.check_password("Mat-khau-moi-2027")


def test_reset_password_refuses_a_wrong_code_and_a_weak_password(learner):
    services.request_password_reset(identifier="0912345678")
    right = last_code()
    wrong = "000000" if right != "000000" else "111111"
    with pytest.raises(services.CodeError):
        services.reset_password(identifier="0912345678", code=wrong, new_password="Mat-khau-2027")
    with pytest.raises(services.PasswordError):
        services.reset_password(identifier="0912345678", code=right, new_password="123")
    learner.refresh_from_db()
    assert learner.check_password(TEST_PASSWORD)


def test_reset_for_an_unknown_account_looks_like_a_wrong_code(db):
    with pytest.raises(services.CodeError) as caught:
        services.reset_password(
            identifier="0987654321", code="123456", new_password="Mat-khau-2027"
        )
    assert str(caught.value) == "Mã chưa đúng. Vui lòng kiểm tra tin nhắn và nhập lại."


# Profile


def profile(user: User, **changes):
    fields: dict[str, Any] = {
        "full_name": "Giàng A Sử",
        "birth_year": 1985,
        "unit": user.unit,
        "target_group": group("adults"),
        "organisation": None,
        "citizen_id": "",
    }
    fields.update(changes)
    return services.update_profile(user=user, **fields)


def test_profile_takes_a_commune_of_today_and_a_citizen_id(learner, units):
    profile(learner, unit=units["new_xa_tram_tau"], citizen_id="015 085 001 234")
    learner.refresh_from_db()
    assert learner.unit == units["new_xa_tram_tau"]
    assert learner.birth_year == 1985
    assert learner.citizen_id_last_digits == "234"
    assert learner.citizen_id_masked == "•••••••••234"
    assert len(learner.citizen_id_digest) == 64
    assert CITIZEN_ID_1985 not in learner.citizen_id_digest


def test_profile_refuses_a_commune_closed_by_the_merger(learner, units):
    with pytest.raises(services.ProfileError) as caught:
        profile(learner, unit=units["xa_tram_tau"])
    assert caught.value.errors == {
        "unit": "Xã này không còn sau khi sắp xếp đơn vị hành chính năm 2025. Vui lòng chọn xã "
        "mới mà xã này đã sáp nhập vào."
    }


def test_profile_refuses_a_district_as_commune(learner, units):
    with pytest.raises(services.ProfileError) as caught:
        profile(learner, unit=units["lao_cai"])
    assert list(caught.value.errors) == ["unit"]


@pytest.mark.parametrize(
    ("citizen_id", "birth_year", "message"),
    [
        ("01508500123", 1985, "Số định danh cá nhân (CCCD) gồm đúng 12 chữ số."),
        (
            "000085001234",
            1985,
            "3 chữ số đầu của số CCCD không phải mã tỉnh. Vui lòng kiểm tra lại số trên thẻ.",
        ),
        (
            CITIZEN_ID_1985,
            1990,
            "Số CCCD không khớp với năm sinh (chữ số thứ 5 và 6 là hai số cuối của năm sinh).",
        ),
    ],
)
def test_profile_refuses_bad_citizen_ids(learner, units, citizen_id, birth_year, message):
    with pytest.raises(services.ProfileError) as caught:
        profile(
            learner,
            unit=units["new_xa_tram_tau"],
            citizen_id=citizen_id,
            birth_year=birth_year,
        )
    assert caught.value.errors == {"citizen_id": message}
    learner.refresh_from_db()
    assert learner.citizen_id_digest is None


def test_profile_refuses_a_citizen_id_someone_else_gave(learner, residents, units):
    profile(residents["in_commune"], unit=units["new_xa_tram_tau"], citizen_id=CITIZEN_ID_1985)
    with pytest.raises(services.ProfileError) as caught:
        profile(learner, unit=units["new_xa_tram_tau"], citizen_id=CITIZEN_ID_1985)
    assert caught.value.errors == {
        "citizen_id": "Số CCCD này đã được dùng cho một tài khoản khác. Nếu đó là số của bạn, "
        "vui lòng liên hệ đường dây hỗ trợ ở trang Liên hệ."
    }


def test_profile_checks_the_age_of_the_target_group(learner, units):
    this_year = timezone.localdate().year
    with pytest.raises(services.ProfileError) as caught:
        profile(learner, unit=units["new_xa_tram_tau"], birth_year=this_year - 10)
    assert list(caught.value.errors) == ["target_group"]


def test_citizen_id_key_comes_from_the_setting_or_the_secret_key(settings):
    settings.CITIZEN_ID_KEY = ""
    derived = services.citizen_id_key()
    assert len(derived) == 32
    settings.CITIZEN_ID_KEY = "khoa-rieng"
    assert services.citizen_id_key() == b"khoa-rieng"


def test_organisations_of_a_new_commune_include_those_of_merged_communes(school, units):
    assert services.organisations_in_commune(unit=units["new_xa_tram_tau"]) == [school]
    assert services.organisations_in_commune(unit=units["mcc_commune"]) == []


def test_communes_matching_ignores_diacritics_and_lists_only_today_s_communes(units):
    found = services.communes_matching(query="tram tau")
    assert [unit.code for unit in found] == ["04606"]


# Own data


def test_export_contains_the_profile_and_is_audited(learner):
    data = services.export_personal_data(user=learner)
    json.dumps(data)
    assert data["profile"]["full_name"] == "Giàng A Sử"
    assert data["profile"]["phone"] == "+84912345678"
    assert data["profile"]["unit"]["code"] == "04600"
    assert data["profile"]["target_group"] == "adults"
    assert [consent["notice_version"] for consent in data["consents"]] == [
        django_settings.PRIVACY_NOTICE_VERSION
    ]
    assert data["verification"] == {"phone_verified_at": None, "email_verified_at": None}
    entry = AuditEntry.objects.get()
    assert entry.action == AuditEntry.Action.OWN_DATA_EXPORTED
    assert entry.actor == learner
    second = services.export_personal_data(user=learner)
    assert [item["action"] for item in second["audit_entries"]] == ["own_data.exported"]


def test_erasure_keeps_only_anonymous_facts(learner, units, school, rf):
    learner.birth_year = 1987
    learner.organisation = school
    learner.email = "su@example.vn"
    learner.citizen_id_digest = "a" * 64
    learner.citizen_id_last_digits = "234"
    learner.save()
    APIToken.create_token(user=learner, name="script")
    TOTPDevice.objects.create(user=learner, name="app", confirmed=True)
    joined = learner.date_joined
    services.erase_account(user=learner, password=TEST_PASSWORD)
    learner.refresh_from_db()
    assert learner.full_name == ""
    assert learner.phone is None
    assert learner.email == ""
    assert learner.username.startswith("erased-")
    assert learner.citizen_id_digest is None
    assert learner.citizen_id_last_digits == ""
    assert not learner.has_usable_password()
    assert learner.is_active is False
    assert learner.erased_at is not None
    assert learner.unit == units["xa_tram_tau"]
    assert learner.target_group == group("adults")
    assert learner.organisation == school
    assert learner.birth_year == 1980
    assert learner.date_joined == joined
    assert APIToken.objects.get(user=learner).revoked_at is not None
    assert TOTPDevice.objects.filter(user=learner).count() == 0
    assert OneTimeCode.objects.filter(user=learner).count() == 0
    assert AuditEntry.objects.get().action == AuditEntry.Action.ACCOUNT_ERASED
    assert authenticate(request=rf.post("/"), username="0912345678", password=TEST_PASSWORD) is None


def test_erasure_needs_the_password(learner):
    with pytest.raises(services.PasswordError) as caught:
        services.erase_account(user=learner, password="sai")
    assert str(caught.value) == "Mật khẩu chưa đúng."
    learner.refresh_from_db()
    assert learner.full_name == "Giàng A Sử"


def test_an_erased_phone_can_sign_up_again(learner):
    services.erase_account(user=learner, password=TEST_PASSWORD)
    again = register("0912 345 678")
    assert again.pk != learner.pk


# Tokens and second factor


def test_tokens_are_created_once_and_revoked(learner):
    token, plaintext = services.create_api_token(user=learner, name=" Bảng tính ")
    assert token.name == "Bảng tính"
    assert plaintext.startswith("wagtail_")
    assert token.key_hash != plaintext
    services.revoke_api_token(user=learner, token_id=token.pk)
    token.refresh_from_db()
    assert token.revoked_at is not None
    with pytest.raises(services.NotFoundError):
        services.revoke_api_token(user=learner, token_id=token.pk)


def test_nobody_revokes_someone_else_s_token(learner, residents):
    token, _plaintext = services.create_api_token(user=learner, name="app")
    with pytest.raises(services.NotFoundError):
        services.revoke_api_token(user=residents["in_commune"], token_id=token.pk)


def test_totp_enrolment_needs_a_right_code(learner):
    from django_otp.oath import totp

    device = services.start_totp(user=learner)
    assert device.confirmed is False
    with pytest.raises(services.CodeError):
        services.confirm_totp(user=learner, device=device, code="000000")
    code = f"{totp(device.bin_key):06d}"
    device = TOTPDevice.objects.get(pk=device.pk)
    device.throttle_reset()  # django-otp pauses a device briefly after a wrong code
    services.confirm_totp(user=learner, device=device, code=code)
    device.refresh_from_db()
    assert device.confirmed is True
    setup = services.totp_setup(device=device)
    assert setup.qr_svg.startswith('<svg role="img"')
    assert all(len(part) == 4 for part in setup.secret_groups)


# Senders


class _Answer:
    def __init__(self, status: int) -> None:
        self.status = status

    def __enter__(self) -> "_Answer":
        return self

    def __exit__(self, *args: object) -> None:
        return None


def test_sms_gateway_posts_json_with_the_bearer_token(settings, monkeypatch):
    settings.SMS_GATEWAY_URL = "https://sms.example.vn/send"
    settings.SMS_GATEWAY_TOKEN = "bi-mat"
    seen: dict[str, Any] = {}

    def fake_urlopen(request, timeout):
        seen.update(
            url=request.full_url,
            body=json.loads(request.data),
            authorization=request.get_header("Authorization"),
            timeout=timeout,
        )
        return _Answer(200)

    monkeypatch.setattr(senders.urllib.request, "urlopen", fake_urlopen)
    senders.HttpSmsGateway().send(destination="+84912345678", message="Ma 123456")
    assert seen == {
        "url": "https://sms.example.vn/send",
        "body": {"to": "+84912345678", "message": "Ma 123456"},
        "authorization": "Bearer bi-mat",
        "timeout": 10,
    }


def test_sms_gateway_failures_become_a_delivery_error(settings, monkeypatch):
    settings.SMS_GATEWAY_URL = "https://sms.example.vn/send"
    monkeypatch.setattr(senders.urllib.request, "urlopen", lambda request, timeout: _Answer(500))
    with pytest.raises(senders.DeliveryError) as caught:
        senders.HttpSmsGateway().send(destination="+84912345678", message="Ma 123456")
    assert str(caught.value) == "Chưa gửi được tin nhắn. Vui lòng thử lại sau vài phút."


def test_sender_for_picks_mail_for_addresses_and_the_setting_for_phones(settings):
    assert isinstance(senders.sender_for("mai@example.vn"), senders.EmailSender)
    settings.SMS_SENDER = "portal.accounts.senders.HttpSmsGateway"
    assert isinstance(senders.sender_for("+84912345678"), senders.HttpSmsGateway)
