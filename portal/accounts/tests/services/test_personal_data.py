"""Personal data services: the own-data download and erasure."""

import json

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import authenticate
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import APIToken

from portal.accounts.models import AuditEntry, OneTimeCode
from portal.accounts.services.errors import PasswordError
from portal.accounts.services.personal_data import erase_account, export_personal_data
from portal.accounts.tests.factories import TEST_PASSWORD, group
from portal.accounts.tests.fixtures import register


def test_export_contains_the_profile_and_is_audited(learner):
    data = export_personal_data(user=learner)
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
    second = export_personal_data(user=learner)
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
    erase_account(user=learner, password=TEST_PASSWORD)
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
    with pytest.raises(PasswordError) as caught:
        erase_account(user=learner, password="sai")
    assert str(caught.value) == "Mật khẩu chưa đúng."
    learner.refresh_from_db()
    assert learner.full_name == "Giàng A Sử"


def test_an_erased_phone_can_sign_up_again(learner):
    erase_account(user=learner, password=TEST_PASSWORD)
    again = register("0912 345 678")
    assert again.pk != learner.pk
