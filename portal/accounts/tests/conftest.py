"""Every account test starts with an empty console outbox."""

from collections.abc import Iterator

import pytest

from portal.accounts import senders


@pytest.fixture(autouse=True)
def _empty_outbox() -> Iterator[None]:
    senders.OUTBOX.clear()
    yield
    senders.OUTBOX.clear()
