"""Security services: personal API tokens and the authenticator app."""

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.accounts.services.errors import CodeError
from portal.accounts.services.security import (
    confirm_totp,
    create_api_token,
    revoke_api_token,
    start_totp,
    totp_setup,
)
from portal.core.exceptions import NotFoundError


def test_tokens_are_created_once_and_revoked(learner):
    token, plaintext = create_api_token(user=learner, name=" Bảng tính ")
    assert token.name == "Bảng tính"
    assert plaintext.startswith("wagtail_")
    assert token.key_hash != plaintext
    revoke_api_token(user=learner, token_id=token.pk)
    token.refresh_from_db()
    assert token.revoked_at is not None
    with pytest.raises(NotFoundError):
        revoke_api_token(user=learner, token_id=token.pk)


def test_nobody_revokes_someone_else_s_token(learner, residents):
    token, _plaintext = create_api_token(user=learner, name="app")
    with pytest.raises(NotFoundError):
        revoke_api_token(user=residents["in_commune"], token_id=token.pk)


def test_totp_enrolment_needs_a_right_code(learner):
    from django_otp.oath import totp

    device = start_totp(user=learner)
    assert device.confirmed is False
    with pytest.raises(CodeError):
        confirm_totp(user=learner, device=device, code="000000")
    code = f"{totp(device.bin_key):06d}"
    device = TOTPDevice.objects.get(pk=device.pk)
    device.throttle_reset()  # django-otp pauses a device briefly after a wrong code
    confirm_totp(user=learner, device=device, code=code)
    device.refresh_from_db()
    assert device.confirmed is True
    setup = totp_setup(device=device)
    assert setup.qr_svg.startswith('<svg role="img"')
    assert all(len(part) == 4 for part in setup.secret_groups)
