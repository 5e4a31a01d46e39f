import pytest

from portal.accounts import audit
from portal.accounts.models import AuditEntry

pytestmark = pytest.mark.django_db


def test_an_entry_records_actor_scope_and_detail(district_manager):
    entry = audit.record(
        actor=district_manager,
        action=AuditEntry.Action.PEOPLE_EXPORTED,
        target="people",
        detail={"rows": 3},
    )
    entry.refresh_from_db()
    assert (entry.actor, entry.actor_label, entry.detail) == (
        district_manager,
        "district.manager",
        {"rows": 3},
    )
    assert entry.scope == "unit 139 Huyện Trạm Tấu"


def test_nul_characters_from_hostile_input_are_dropped_not_a_database_error(commune_manager):
    # PostgreSQL refuses U+0000 in text and jsonb; a roster file name or filter could carry one.
    entry = audit.record(
        actor=commune_manager,
        action=AuditEntry.Action.ROSTER_IMPORTED,
        target="roster\x00.csv",
        detail={"file\x00": ["a\x00b", {"q": "\x00"}]},
    )
    entry.refresh_from_db()
    assert entry.target == "roster.csv"
    assert entry.detail == {"file": ["ab", {"q": ""}]}
