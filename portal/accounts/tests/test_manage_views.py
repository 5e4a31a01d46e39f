import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from conftest import sign_in
from portal.accounts.domain import roster as rules
from portal.accounts.models import AuditEntry, Organisation, User
from portal.accounts.tests.factories import make_manager, make_person

pytestmark = pytest.mark.django_db


def _names(response):
    return {row.person.full_name for row in response.context["rows"]}


def _export(client, **params):
    response = client.get(reverse("manage:person-export"), params)
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))


@pytest.mark.parametrize(
    "name",
    [
        "manage:home",
        "manage:person-list",
        "manage:person-export",
        "manage:organisation-list",
        "manage:roster-upload",
        "manage:roster-template",
        "manage:audit-list",
        "campaign:figures-list",
        "campaign:figures-export",
    ],
)
def test_the_whole_area_is_not_found_for_learners_and_editors_and_asks_anonymous_to_sign_in(
    client, units, learner, editor, name
):
    url = reverse(name)
    anonymous = client.get(url)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(reverse("accounts:sign-in"))
    assert sign_in(client, learner).get(url).status_code == 404
    client.logout()
    assert sign_in(client, editor).get(url).status_code == 404


def test_a_commune_manager_lists_only_people_of_their_commune(client, residents, commune_manager):
    response = sign_in(client, commune_manager).get(reverse("manage:person-list"))
    assert response.status_code == 200
    assert _names(response) == {"Sùng A Páo", "Lò Thị Mai", "commune.manager"}


def test_search_never_returns_people_outside_the_scope(client, residents, commune_manager):
    sign_in(client, commune_manager)
    assert _names(client.get(reverse("manage:person-list"), {"q": "Vàng"})) == set()
    assert _names(client.get(reverse("manage:person-list"), {"q": "Hờ A"})) == set()
    assert _names(client.get(reverse("manage:person-list"), {"q": "Páo"})) == {"Sùng A Páo"}


def test_the_list_masks_phones_and_filters_by_group_and_commune(
    client, units, residents, commune_manager
):
    make_person("Giàng A Sử", unit=units["xa_tram_tau"], phone="+84912345678")
    sign_in(client, commune_manager)
    response = client.get(reverse("manage:person-list"), {"q": "Giàng"})
    assert response.context["rows"][0].phone == "0912 •••678"
    assert "0912 345 678" not in response.content.decode()
    students = client.get(reverse("manage:person-list"), {"group": "students"})
    assert _names(students) == {"Lò Thị Mai"}
    commune = client.get(reverse("manage:person-list"), {"unit": units["xa_tram_tau"].pk})
    assert "Sùng A Páo" in _names(commune)
    # A commune outside the scope is not a valid choice: the filter is ignored, nothing leaks.
    other = client.get(reverse("manage:person-list"), {"unit": units["xa_ban_mu"].pk})
    assert "Vàng Thị Dung" not in _names(other)


def test_listing_people_is_audited(client, residents, commune_manager):
    sign_in(client, commune_manager).get(reverse("manage:person-list"), {"q": "Páo"})
    entry = AuditEntry.objects.get(action=AuditEntry.Action.PEOPLE_LISTED)
    assert entry.actor == commune_manager
    assert entry.detail["count"] == 1
    assert entry.detail["q"] == "Páo"


@pytest.mark.parametrize("key", ["other_commune", "other_district"])
def test_a_commune_manager_gets_not_found_for_a_person_elsewhere(
    client, residents, commune_manager, key
):
    url = reverse("manage:person-detail", args=[residents[key].pk])
    assert sign_in(client, commune_manager).get(url).status_code == 404
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.PERSON_VIEWED).exists()


def test_an_unknown_id_is_not_found_like_an_out_of_scope_one(client, residents, commune_manager):
    url = reverse("manage:person-detail", args=[999999])
    assert sign_in(client, commune_manager).get(url).status_code == 404


def test_viewing_a_person_shows_their_details_and_is_audited(client, units, commune_manager):
    person = make_person(
        "Giàng A Sử",
        unit=units["xa_tram_tau"],
        phone="+84912345678",
        citizen_id_last_digits="234",
        citizen_id_digest="x" * 64,
    )
    response = sign_in(client, commune_manager).get(
        reverse("manage:person-detail", args=[person.pk])
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "0912 345 678" in page
    assert "•••••••••234" in page
    entry = AuditEntry.objects.get(action=AuditEntry.Action.PERSON_VIEWED)
    assert (entry.actor, entry.target) == (commune_manager, f"person {person.pk}")
    assert "04600" in entry.scope
    assert entry.ip_address == "127.0.0.1"


def test_the_export_holds_only_people_in_scope_and_is_audited_with_its_row_count(
    client, residents, commune_manager
):
    rows = _export(sign_in(client, commune_manager))
    # The header uses the roster's column names, so an export can be imported again.
    assert set(rules.map_columns(rows[0])) >= {"name", "phone", "email", "group", "commune"}
    names = {row[0] for row in rows[1:]}
    assert names == {"Sùng A Páo", "Lò Thị Mai", "commune.manager"}
    entry = AuditEntry.objects.get(action=AuditEntry.Action.PEOPLE_EXPORTED)
    assert entry.detail["count"] == 3
    assert entry.actor == commune_manager


def test_the_export_follows_the_search(client, residents, commune_manager):
    rows = _export(sign_in(client, commune_manager), q="Mai")
    assert [row[0] for row in rows[1:]] == ["Lò Thị Mai"]


def test_a_district_manager_sees_both_communes_but_not_the_other_district(
    client, residents, district_manager
):
    sign_in(client, district_manager)
    names = _names(client.get(reverse("manage:person-list")))
    assert {"Sùng A Páo", "Lò Thị Mai", "Vàng Thị Dung"} <= names
    assert "Hờ A Chớ" not in names
    detail = reverse("manage:person-detail", args=[residents["other_commune"].pk])
    assert client.get(detail).status_code == 200
    outside = reverse("manage:person-detail", args=[residents["other_district"].pk])
    assert client.get(outside).status_code == 404
    assert "Hờ A Chớ" not in {row[0] for row in _export(client)[1:]}


def test_a_school_manager_sees_only_the_schools_members(client, residents, school_manager):
    sign_in(client, school_manager)
    assert _names(client.get(reverse("manage:person-list"))) == {"Lò Thị Mai"}
    other = reverse("manage:person-detail", args=[residents["in_commune"].pk])
    assert client.get(other).status_code == 404


def test_a_group_limited_manager_sees_only_those_groups(client, units, residents):
    manager = make_manager("students.manager", unit=units["xa_tram_tau"], groups=("students",))
    sign_in(client, manager)
    assert _names(client.get(reverse("manage:person-list"))) == {"Lò Thị Mai"}
    adult = reverse("manage:person-detail", args=[residents["in_commune"].pk])
    assert client.get(adult).status_code == 404


def test_an_administrator_sees_everyone(client, residents, admin_user_persona):
    sign_in(client, admin_user_persona)
    names = _names(client.get(reverse("manage:person-list")))
    assert {"Sùng A Páo", "Lò Thị Mai", "Vàng Thị Dung", "Hờ A Chớ"} <= names
    for person in residents.values():
        url = reverse("manage:person-detail", args=[person.pk])
        assert client.get(url).status_code == 200


def test_organisations_in_another_commune_are_not_found(client, units, school, commune_manager):
    elsewhere = Organisation.objects.create(
        name="Trường Tiểu học Bản Mù",
        kind=Organisation.Kind.SCHOOL,
        unit=units["xa_ban_mu"],
        name_folded="truong tieu hoc ban mu",
    )
    sign_in(client, commune_manager)
    listing = client.get(reverse("manage:organisation-list"))
    assert [org.name for org in listing.context["page"].object_list] == [school.name]
    assert client.get(reverse("manage:organisation-detail", args=[school.pk])).status_code == 200
    url = reverse("manage:organisation-detail", args=[elsewhere.pk])
    assert client.get(url).status_code == 404


def test_an_organisation_shows_how_many_members_the_manager_sees(client, units, residents, school):
    make_person("Thào A Lử", unit=units["xa_tram_tau"], group_code="students", organisation=school)
    make_person("Mùa A Chu", unit=units["xa_tram_tau"], organisation=school)
    manager = make_manager("students.manager", unit=units["xa_tram_tau"], groups=("students",))
    response = sign_in(client, manager).get(reverse("manage:organisation-detail", args=[school.pk]))
    assert response.context["members_count"] == 2


def test_the_audit_log_is_for_administrators_only(
    client, residents, commune_manager, admin_user_persona
):
    assert sign_in(client, commune_manager).get(reverse("manage:audit-list")).status_code == 404
    client.get(reverse("manage:person-detail", args=[residents["in_commune"].pk]))
    client.logout()
    sign_in(client, admin_user_persona)
    response = client.get(
        reverse("manage:audit-list"),
        {"action": AuditEntry.Action.PERSON_VIEWED, "actor": "commune.manager"},
    )
    assert response.status_code == 200
    entries = list(response.context["page"].object_list)
    assert [(e.actor_label, e.target) for e in entries] == [
        ("commune.manager", f"person {residents['in_commune'].pk}")
    ]


def test_the_roster_page_offers_a_file_input_and_the_template(client, units, commune_manager):
    sign_in(client, commune_manager)
    page = client.get(reverse("manage:roster-upload")).content.decode()
    assert 'type="file"' in page
    assert 'accept=".csv,.xlsx' in page
    template = client.get(reverse("manage:roster-template"))
    assert template["Content-Type"] == "text/csv; charset=utf-8"
    assert template.content.startswith("\ufeff".encode())


def test_uploading_a_roster_shows_the_report(client, units, commune_manager):
    sign_in(client, commune_manager)
    content = (
        "Họ và tên,Số điện thoại,Nhóm,Xã/phường\n"
        "Mùa A Chu,0987654321,adults,04600\n"
        "B,09x,adults,04600\n"
    )
    response = client.post(
        reverse("manage:roster-upload"),
        {"file": SimpleUploadedFile("ds.csv", content.encode())},
    )
    assert response.status_code == 200
    report = response.context["report"]
    assert (report.created, report.errors, report.is_written) == (1, 1, False)
    assert "<caption" in response.content.decode()
    assert not User.objects.filter(phone="+84987654321").exists()
    fixed = content.replace("B,09x,adults,04600\n", "")
    response = client.post(
        reverse("manage:roster-upload"),
        {"file": SimpleUploadedFile("ds.csv", fixed.encode())},
    )
    assert response.context["report"].is_written
    assert User.objects.filter(phone="+84987654321").exists()


def test_an_unreadable_roster_is_refused_on_the_form(client, units, commune_manager):
    sign_in(client, commune_manager)
    response = client.post(
        reverse("manage:roster-upload"),
        {"file": SimpleUploadedFile("anh.csv", b"\x89PNG\r\n\x1a\n" + bytes(20))},
    )
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
