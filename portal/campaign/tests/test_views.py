import csv
import io
from datetime import date

import pytest
from django.urls import reverse

from conftest import sign_in
from portal.accounts.models import AuditEntry
from portal.accounts.tests.factories import make_person

pytestmark = pytest.mark.django_db

BEFORE = "2025-06-30"
AFTER = "2025-07-02"


@pytest.fixture
def registered(units, school):
    """One person per commune, all registered in April 2025."""
    joined = date(2025, 4, 2)
    return {
        "in_commune": make_person("Sùng A Páo", unit=units["xa_tram_tau"], joined=joined),
        "pupil": make_person(
            "Lò Thị Mai",
            unit=units["xa_tram_tau"],
            group_code="students",
            organisation=school,
            joined=joined,
        ),
        "other_commune": make_person("Vàng Thị Dung", unit=units["xa_ban_mu"], joined=joined),
        "other_district": make_person("Hờ A Chớ", unit=units["mcc_commune"], joined=joined),
    }


def _table(client, **params):
    response = client.get(reverse("campaign:figures-list"), params)
    assert response.status_code == 200
    return {row.unit.code: row.total for row in response.context["table"].rows}


def test_a_commune_manager_sees_their_commune_before_the_merger(
    client, registered, commune_manager
):
    sign_in(client, commune_manager)
    # The manager joined "now", after these dates, so only the two residents count.
    assert _table(client, date=BEFORE) == {"04600": 2}


def test_a_commune_manager_cannot_open_another_district_or_their_parent(
    client, units, registered, commune_manager
):
    sign_in(client, commune_manager)
    for key in ("mu_cang_chai", "tram_tau", "yen_bai", "xa_ban_mu", "lao_cai"):
        response = client.get(reverse("campaign:figures-list"), {"unit": units[key].pk})
        assert response.status_code == 404, key
        export = client.get(reverse("campaign:figures-export"), {"unit": units[key].pk})
        assert export.status_code == 404, key
    assert client.get(reverse("campaign:figures-list"), {"unit": "abc"}).status_code == 404


def test_a_district_manager_sees_the_old_district_before_and_new_communes_after(
    client, units, registered, district_manager
):
    sign_in(client, district_manager)
    assert _table(client, date=BEFORE) == {"139": 3}
    communes = _table(client, date=BEFORE, unit=units["tram_tau"].pk)
    assert communes["04600"] == 2
    assert communes["04615"] == 1
    assert sum(communes.values()) == 3
    after = _table(client, date=AFTER)
    assert "139" not in after
    assert after["04606"] == 2
    assert sum(after.values()) == 3
    assert (
        client.get(reverse("campaign:figures-list"), {"unit": units["mu_cang_chai"].pk}).status_code
        == 404
    )


def test_an_administrator_drills_down_from_the_province(
    client, units, registered, admin_user_persona
):
    sign_in(client, admin_user_persona)
    assert _table(client, date=BEFORE) == {"15": 4}
    assert _table(client, date=BEFORE, unit=units["yen_bai"].pk) == {"139": 3, "137": 1}
    after = _table(client, date=AFTER, unit=units["lao_cai"].pk)
    assert after["04606"] == 2
    assert sum(after.values()) == 4


def test_the_table_counts_each_target_group(client, units, registered, commune_manager):
    sign_in(client, commune_manager)
    response = client.get(reverse("campaign:figures-list"), {"date": BEFORE})
    table = response.context["table"]
    codes = [group.code for group in table.groups]
    counts = dict(zip(codes, table.rows[0].counts, strict=True))
    assert counts["adults"] == 1
    assert counts["students"] == 1
    assert table.totals[0] == 2
    page = response.content.decode()
    assert "<caption" in page
    assert 'scope="col"' in page


def test_the_export_holds_the_same_figures_and_is_audited(
    client, units, registered, district_manager
):
    sign_in(client, district_manager)
    response = client.get(
        reverse("campaign:figures-export"), {"date": BEFORE, "unit": units["tram_tau"].pk}
    )
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))
    totals = {row[0]: int(row[2]) for row in rows[1:]}
    assert totals["04600"] == 2
    assert "04693" not in totals
    assert sum(totals.values()) == 3
    entry = AuditEntry.objects.get(action=AuditEntry.Action.FIGURES_EXPORTED)
    assert entry.actor == district_manager
    assert entry.target == "unit 139"
    assert entry.detail["date"] == BEFORE


def test_an_organisation_manager_has_no_unit_figures(client, units, registered, school_manager):
    sign_in(client, school_manager)
    assert _table(client, date=BEFORE) == {}
    url = reverse("campaign:figures-list")
    assert client.get(url, {"unit": units["yen_bai"].pk}).status_code == 404


def test_a_bad_date_falls_back_to_today(client, registered, commune_manager):
    sign_in(client, commune_manager)
    response = client.get(reverse("campaign:figures-list"), {"date": "30/06/2025"})
    assert response.status_code == 200
