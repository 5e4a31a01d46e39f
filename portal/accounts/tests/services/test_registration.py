"""Registration services: sign-up, one-time codes and password reset."""

from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.utils import timezone

from portal.accounts import senders
from portal.accounts.models import ConsentRecord, OneTimeCode, User
from portal.accounts.services.errors import (
    AlreadyRegisteredError,
    CodeError,
    ConsentRequiredError,
    IdentifierError,
    PasswordError,
    RateLimitedError,
)
from portal.accounts.services.registration import (
    check_code,
    is_verified,
    request_password_reset,
    reset_password,
    send_code,
)
from portal.accounts.tests.factories import TEST_PASSWORD, make_person
from portal.accounts.tests.fixtures import STRONG_PASSWORD, last_code, register

PHONE = "+84912345678"


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
    with pytest.raises(IdentifierError) as caught:
        register(identifier)
    assert str(caught.value) == message
    assert User.objects.count() == 0


def test_the_same_phone_written_differently_cannot_register_twice(db):
    register("0912 345 678")
    with pytest.raises(AlreadyRegisteredError) as caught:
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
    with pytest.raises(AlreadyRegisteredError):
        register("mai.lo@example.vn")


def test_registration_needs_consent_and_a_strong_password(db):
    with pytest.raises(ConsentRequiredError):
        register(has_consented=False)
    with pytest.raises(PasswordError) as caught:
        register(password="12345678")
    assert "Mật khẩu này quá phổ biến." in caught.value.messages
    assert User.objects.count() == 0


# One-time codes


def test_a_correct_code_verifies_the_phone(db):
    user = register()
    check_code(user=user, purpose="verify", destination="+84912345678", code=f" {last_code()} ")
    user.refresh_from_db()
    assert user.phone_verified_at is not None
    assert is_verified(user=user)
    assert OneTimeCode.objects.get(user=user).used_at is not None


def test_an_expired_code_is_refused(db):
    user = register()
    OneTimeCode.objects.filter(user=user).update(expires_at=timezone.now() - timedelta(seconds=1))
    with pytest.raises(CodeError) as caught:
        check_code(user=user, purpose="verify", destination="+84912345678", code=last_code())
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
        with pytest.raises(CodeError) as caught:
            check_code(user=user, purpose="verify", destination=PHONE, code=wrong)
        messages.append(str(caught.value))
    assert messages[0] == "Mã chưa đúng. Vui lòng kiểm tra tin nhắn và nhập lại."
    assert messages[4] == "Bạn đã nhập sai quá nhiều lần. Vui lòng yêu cầu mã mới."
    with pytest.raises(CodeError) as caught:
        check_code(user=user, purpose="verify", destination=PHONE, code=right)
    assert str(caught.value) == "Bạn đã nhập sai quá nhiều lần. Vui lòng yêu cầu mã mới."
    assert OneTimeCode.objects.get(user=user).attempts == 5


def test_codes_wait_a_minute_between_sends_and_stop_at_five_an_hour(db):
    user = register()
    with pytest.raises(RateLimitedError) as caught:
        send_code(user=user, purpose="verify", destination=PHONE)
    assert str(caught.value) == "Mã vừa được gửi chưa đến một phút. Vui lòng chờ một lát."
    for _send in range(4):
        age_back(PHONE, seconds=61)
        send_code(user=user, purpose="verify", destination=PHONE)
    age_back(PHONE, seconds=61)
    with pytest.raises(RateLimitedError) as caught:
        send_code(user=user, purpose="verify", destination=PHONE)
    assert str(caught.value) == "Bạn đã yêu cầu 5 mã trong một giờ qua. Vui lòng thử lại sau."
    assert OneTimeCode.objects.filter(destination=PHONE).count() == 5
    age_back(PHONE, seconds=3600)
    send_code(user=user, purpose="verify", destination=PHONE)


def test_a_new_code_replaces_the_previous_one(db):
    user = register()
    first = last_code()
    age_back(PHONE, seconds=61)
    send_code(user=user, purpose="verify", destination=PHONE)
    second = last_code()
    if first != second:
        with pytest.raises(CodeError):
            check_code(user=user, purpose="verify", destination=PHONE, code=first)
    check_code(user=user, purpose="verify", destination=PHONE, code=second)


def test_e_mail_codes_go_by_mail(db, mailoutbox):
    user = register("mai@example.vn")
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["mai@example.vn"]
    assert mailoutbox[0].subject == "Mã xác nhận của bạn trên Cổng Bình dân học vụ số"
    code = next(word for word in mailoutbox[0].body.replace(",", " ").split() if word.isdigit())
    check_code(user=user, purpose="verify", destination="mai@example.vn", code=code)
    user.refresh_from_db()
    assert user.email_verified_at is not None


# Password reset


def test_reset_request_says_nothing_about_unknown_accounts(db):
    request_password_reset(identifier="0987 654 321")
    assert len(senders.OUTBOX) == 0
    assert OneTimeCode.objects.count() == 0


def test_reset_request_sends_a_code_to_a_known_account(learner):
    request_password_reset(identifier="0912345678")
    code = OneTimeCode.objects.get(user=learner)
    assert code.purpose == OneTimeCode.Purpose.RESET_PASSWORD
    assert senders.OUTBOX[-1].destination == "+84912345678"


def test_reset_request_hides_the_rate_limit_too(learner):
    request_password_reset(identifier="0912345678")
    request_password_reset(identifier="0912345678")
    assert OneTimeCode.objects.filter(user=learner).count() == 1


def test_reset_password_sets_the_new_password(learner, rf):
    request_password_reset(identifier="+84912345678")
    reset_password(identifier="0912 345 678", code=last_code(), new_password="Mat-khau-moi-2027")
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
    request_password_reset(identifier="0987654321")
    reset_password(identifier="0987654321", code=last_code(), new_password="Mat-khau-moi-2027")
    invited.refresh_from_db()
    assert invited.has_usable_password()
    assert invited.check_password("Mat-khau-moi-2027")


def test_reset_password_refuses_a_wrong_code_and_a_weak_password(learner):
    request_password_reset(identifier="0912345678")
    right = last_code()
    wrong = "000000" if right != "000000" else "111111"
    with pytest.raises(CodeError):
        reset_password(identifier="0912345678", code=wrong, new_password="Mat-khau-2027")
    with pytest.raises(PasswordError):
        reset_password(identifier="0912345678", code=right, new_password="123")
    learner.refresh_from_db()
    assert learner.check_password(TEST_PASSWORD)


def test_reset_for_an_unknown_account_looks_like_a_wrong_code(db):
    with pytest.raises(CodeError) as caught:
        reset_password(identifier="0987654321", code="123456", new_password="Mat-khau-2027")
    assert str(caught.value) == "Mã chưa đúng. Vui lòng kiểm tra tin nhắn và nhập lại."


def test_codes_older_than_a_day_are_pruned_and_newer_ones_kept(db, capsys):
    person = register()
    old = OneTimeCode.objects.get(user=person)
    OneTimeCode.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=2))
    OneTimeCode.objects.create(
        user=person,
        purpose=OneTimeCode.Purpose.VERIFY,
        destination=person.phone or "",
        code_digest="x",
        expires_at=timezone.now() + timedelta(minutes=10),
    )
    call_command("prune_one_time_codes")
    assert "One-time codes deleted: 1" in capsys.readouterr().out
    assert list(OneTimeCode.objects.values_list("code_digest", flat=True)) == ["x"]
