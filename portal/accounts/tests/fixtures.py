"""Helpers the account tests share: the newest one-time code, a quick sign-up."""

from portal.accounts import senders
from portal.accounts.models import User
from portal.accounts.services.registration import register_person

STRONG_PASSWORD = "Hoc-vu-so-2026!"


def last_code() -> str:
    """The 6-digit code in the newest console message."""
    message = senders.OUTBOX[-1].message
    return next(word for word in message.replace(",", " ").split() if word.isdigit())


def register(identifier: str = "0912 345 678", **kwargs) -> User:
    """Sign up with a strong password and consent, unless kwargs say otherwise."""
    return register_person(
        identifier=identifier,
        password=kwargs.pop("password", STRONG_PASSWORD),
        full_name=kwargs.pop("full_name", "Giàng Thị Mỷ"),
        has_consented=kwargs.pop("has_consented", True),
    )
