"""Progress events queued on a phone offline: the shape the phone (offline.js, the citizen
app) sends, turned into the shape the progress service applies, and which ones it accepted."""

import uuid
from collections.abc import Mapping, Sequence

# The phone says "lesson_completed"; the progress service's name for it is "completed".
EVENT_TYPES = {"lesson_completed": "completed", "completed": "completed"}
# The progress service applies at most this many per call; the phone sends the rest later.
MAX_EVENTS = 500
# Page ids are 32-bit in every supported database; a larger number would overflow the query.
MAX_PAGE_ID = 2_147_483_647


def page_id(value: object) -> int:
    """A page id, or 0 (no such page) for anything else."""
    text = str(value)
    if not (text.isascii() and text.isdigit() and len(text) <= 10):
        return 0
    number = int(text)
    return number if 0 < number <= MAX_PAGE_ID else 0


def service_event(event: object) -> dict[str, object]:
    """{id, type: "lesson_completed", lesson_id, occurred_at} → {id, type, lesson, at}."""
    if not isinstance(event, Mapping):
        return {"id": "", "type": ""}
    kind = str(event.get("type", ""))[:40]
    return {
        "id": str(event.get("id", ""))[:40],
        "type": EVENT_TYPES.get(kind, kind),
        "lesson": page_id(event.get("lesson_id", event.get("lesson"))),
        "at": str(event.get("occurred_at", event.get("at", "")))[:40],
    }


def accepted_ids(
    events: Sequence[Mapping[str, object]], rejected: Sequence[Mapping[str, str]]
) -> list[str]:
    """Ids of the events the phone may forget: applied now or before, not rejected, and
    within the number applied per call."""
    refused = {item["id"] for item in rejected}
    accepted = []
    for event in events[:MAX_EVENTS]:
        try:
            canonical = str(uuid.UUID(str(event.get("id"))))
        except ValueError:
            continue
        if canonical not in refused:
            accepted.append(str(event.get("id")))
    return accepted
