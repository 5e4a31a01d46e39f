"""Fixtures and helpers the account tests share: Vietnamese messages, the outbox, sign-up.

Import the fixtures a test module needs by name (they are autouse within that module).
"""

import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from portal.accounts import senders
from portal.accounts.models import User
from portal.accounts.services.registration import register_person

FRAGMENT = Path(django_settings.BASE_DIR) / "locale" / "fragments" / "accounts.po"
STRONG_PASSWORD = "Hoc-vu-so-2026!"


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
    """Sign up with a strong password and consent, unless kwargs say otherwise."""
    return register_person(
        identifier=identifier,
        password=kwargs.pop("password", STRONG_PASSWORD),
        full_name=kwargs.pop("full_name", "Giàng Thị Mỷ"),
        has_consented=kwargs.pop("has_consented", True),
    )
