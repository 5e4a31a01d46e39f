"""Senders of codes and messages: the SMS gateway and the choice of sender."""

import json
from typing import Any

import pytest

from portal.accounts import senders


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
