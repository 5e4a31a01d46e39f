import pytest
from django.utils import timezone
from wagtail.models import APIToken

from portal.accounts.models import AuditEntry, Organisation

pytestmark = pytest.mark.django_db

NOT_SIGNED_IN = "Sign in, or send 'Authorization: Bearer <personal access token>'."
BAD_TOKEN = "The access token is unknown, revoked, or belongs to an account that is closed."
NO_SCOPE = "Only unit managers, organisation managers and administrators may see other people."


def bearer(token):
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def names(response):
    assert response.status_code == 200, response.content
    return {person["full_name"] for person in response.json()["items"]}


@pytest.fixture
def other_school(units):
    """A school in Huyện Mù Căng Chải, outside every Trạm Tấu manager's reach."""
    return Organisation.objects.create(
        name="Trường PTDTBT TH Mù Cang Chải",
        kind=Organisation.Kind.SCHOOL,
        unit=units["mcc_commune"],
        name_folded="truong ptdtbt th mu cang chai",
    )


def test_me_with_a_personal_access_token(units, learner, client):
    learner.citizen_id_last_digits = "789"
    learner.phone_verified_at = timezone.now()
    learner.birth_year = 1990
    learner.save()
    _token, plaintext = APIToken.create_token(user=learner, name="Điện thoại")
    response = client.get("/api/v1/me", **bearer(plaintext))
    assert response.status_code == 200
    assert response.json() == {
        "id": learner.pk,
        "full_name": "Giàng A Sử",
        "phone": "+84912345678",
        "email": None,
        "unit": {"id": units["xa_tram_tau"].pk, "code": "04600", "name": "Xã Trạm Tấu"},
        "target_group": "adults",
        "organisation_id": None,
        "birth_year": 1990,
        "organisation": None,
        "citizen_id_masked": "•••••••••789",
        "phone_verified": True,
        "email_verified": False,
        "registered_on": timezone.localdate().isoformat(),
        "roles": [],
    }


def test_me_with_a_session_lists_roles(units, school, school_manager, commune_manager, client):
    client.force_login(commune_manager)
    body = client.get("/api/v1/me").json()
    assert body["full_name"] == "commune.manager"
    assert body["target_group"] == "officials"
    assert body["roles"] == [
        {
            "role": "unit_manager",
            "unit": {"id": units["xa_tram_tau"].pk, "code": "04600", "name": "Xã Trạm Tấu"},
            "organisation": None,
            "target_groups": [],
        }
    ]
    client.force_login(school_manager)
    body = client.get("/api/v1/me").json()
    assert body["organisation_id"] is None
    assert body["roles"] == [
        {
            "role": "organisation_manager",
            "unit": None,
            "organisation": {"id": school.pk, "name": "Trường PTDTBT THCS Trạm Tấu"},
            "target_groups": [],
        }
    ]


def test_me_anonymous_is_401_with_a_reason(client):
    response = client.get("/api/v1/me")
    assert response.status_code == 401
    assert response.json() == {"detail": NOT_SIGNED_IN}


@pytest.mark.parametrize("token", ["wagtail_nonsense", "", "a b c"])
def test_me_with_an_unknown_token_is_401(db, client, token):
    response = client.get("/api/v1/me", **bearer(token))
    assert response.status_code == 401
    assert response.json()["detail"] in (BAD_TOKEN, NOT_SIGNED_IN)


def test_revoked_token_is_401(learner, client):
    token, plaintext = APIToken.create_token(user=learner, name="old phone")
    assert client.get("/api/v1/me", **bearer(plaintext)).status_code == 200
    token.revoke()
    response = client.get("/api/v1/me", **bearer(plaintext))
    assert response.status_code == 401
    assert response.json() == {"detail": BAD_TOKEN}


def test_a_bad_token_does_not_fall_back_to_the_session(learner, client):
    client.force_login(learner)
    response = client.get("/api/v1/me", **bearer("wagtail_nonsense"))
    assert response.status_code == 401


def test_token_wins_over_the_session(learner, commune_manager, client):
    client.force_login(commune_manager)
    _token, plaintext = APIToken.create_token(user=learner, name="phone")
    assert client.get("/api/v1/me", **bearer(plaintext)).json()["id"] == learner.pk


@pytest.mark.parametrize("closure", ["erased", "inactive"])
def test_closed_accounts_are_401(learner, client, closure):
    _token, plaintext = APIToken.create_token(user=learner, name="phone")
    client.force_login(learner)
    if closure == "erased":
        learner.erased_at = timezone.now()
    else:
        learner.is_active = False
    learner.save()
    with_token = client.get("/api/v1/me", **bearer(plaintext))
    assert with_token.status_code == 401
    assert with_token.json() == {"detail": BAD_TOKEN}
    with_session = client.get("/api/v1/me")
    assert with_session.status_code == 401
    assert with_session.json() == {"detail": NOT_SIGNED_IN}


def test_commune_manager_lists_only_people_of_the_commune(
    units, residents, commune_manager, client
):
    client.force_login(commune_manager)
    response = client.get("/api/v1/people")
    assert names(response) == {"Sùng A Páo", "Lò Thị Mai", "commune.manager"}
    assert response.json()["count"] == 3
    pupil = next(item for item in response.json()["items"] if item["full_name"] == "Lò Thị Mai")
    assert pupil == {
        "id": residents["pupil"].pk,
        "full_name": "Lò Thị Mai",
        "phone": None,
        "email": None,
        "unit": {"id": units["xa_tram_tau"].pk, "code": "04600", "name": "Xã Trạm Tấu"},
        "target_group": "students",
        "organisation_id": residents["pupil"].organisation_id,
    }


def test_people_out_of_scope_are_404_like_missing_ones(residents, commune_manager, client):
    client.force_login(commune_manager)
    inside = client.get(f"/api/v1/people/{residents['in_commune'].pk}")
    assert inside.status_code == 200
    assert inside.json()["full_name"] == "Sùng A Páo"
    missing = client.get("/api/v1/people/999999")
    assert missing.status_code == 404
    for key in ("other_commune", "other_district"):
        response = client.get(f"/api/v1/people/{residents[key].pk}")
        assert response.status_code == 404
        assert response.json() == missing.json() == {"detail": "no such person"}


def test_district_manager_sees_the_whole_district_only(units, residents, district_manager, client):
    _token, plaintext = APIToken.create_token(user=district_manager, name="script")
    response = client.get("/api/v1/people", **bearer(plaintext))
    assert names(response) == {"Sùng A Páo", "Lò Thị Mai", "Vàng Thị Dung", "district.manager"}
    other = client.get(f"/api/v1/people/{residents['other_district'].pk}", **bearer(plaintext))
    assert other.status_code == 404
    same = client.get(f"/api/v1/people/{residents['other_commune'].pk}", **bearer(plaintext))
    assert same.json()["unit"]["code"] == "04615"


def test_people_filters(units, residents, district_manager, client):
    client.force_login(district_manager)
    assert names(client.get("/api/v1/people", {"q": "Sùng"})) == {"Sùng A Páo"}
    assert names(client.get("/api/v1/people", {"target_group": "students"})) == {"Lò Thị Mai"}
    assert names(client.get("/api/v1/people", {"unit": units["xa_ban_mu"].pk})) == {"Vàng Thị Dung"}
    # The new commune covers the people recorded against the old communes it was made from.
    assert names(client.get("/api/v1/people", {"unit": units["new_xa_tram_tau"].pk})) == {
        "Sùng A Páo",
        "Lò Thị Mai",
    }
    page = client.get("/api/v1/people", {"page_size": 3, "page": 2}).json()
    assert (page["count"], len(page["items"])) == (4, 1)


def test_people_filter_errors(units, residents, district_manager, client):
    client.force_login(district_manager)
    unknown_group = client.get("/api/v1/people", {"target_group": "pilots"})
    assert unknown_group.status_code == 422
    assert unknown_group.json()["detail"] == "target_group: no such target group code"
    outside = client.get("/api/v1/people", {"unit": units["mu_cang_chai"].pk})
    assert outside.status_code == 404
    assert outside.json() == {"detail": "no such unit"}
    assert client.get("/api/v1/people", {"q": "x" * 101}).status_code == 422
    assert client.get("/api/v1/people/abc").status_code == 422


def test_people_need_a_manager(learner, client):
    anonymous = client.get("/api/v1/people")
    assert anonymous.status_code == 401
    assert anonymous.json() == {"detail": NOT_SIGNED_IN}
    client.force_login(learner)
    for path in ("/api/v1/people", f"/api/v1/people/{learner.pk}", "/api/v1/organisations"):
        response = client.get(path)
        assert response.status_code == 403
        assert response.json() == {"detail": NO_SCOPE}


def test_administrator_sees_everyone(residents, admin_user_persona, client):
    client.force_login(admin_user_persona)
    assert names(client.get("/api/v1/people")) == {
        "Sùng A Páo",
        "Lò Thị Mai",
        "Vàng Thị Dung",
        "Hờ A Chớ",
        "",
    }


def test_erased_people_are_never_listed(residents, commune_manager, client):
    residents["in_commune"].erased_at = timezone.now()
    residents["in_commune"].save()
    client.force_login(commune_manager)
    assert names(client.get("/api/v1/people")) == {"Lò Thị Mai", "commune.manager"}
    assert client.get(f"/api/v1/people/{residents['in_commune'].pk}").status_code == 404


def test_listing_and_viewing_people_is_audited(residents, commune_manager, client):
    client.force_login(commune_manager)
    client.get("/api/v1/people", {"q": "Lò", "target_group": "students"})
    client.get(f"/api/v1/people/{residents['pupil'].pk}")
    client.get(f"/api/v1/people/{residents['other_commune'].pk}")
    entries = list(AuditEntry.objects.order_by("pk"))
    assert [(entry.action, entry.target) for entry in entries] == [
        (AuditEntry.Action.PEOPLE_LISTED, "api people"),
        (AuditEntry.Action.PERSON_VIEWED, f"person {residents['pupil'].pk}"),
    ]
    listed = entries[0]
    assert listed.actor == commune_manager
    assert listed.actor_label == "commune.manager"
    assert listed.scope == "unit 04600 Xã Trạm Tấu"
    assert listed.detail == {"q": "Lò", "target_group": "students"}
    assert listed.ip_address == "127.0.0.1"


def test_organisations_are_scoped(
    units, school, other_school, school_manager, commune_manager, client
):
    client.force_login(commune_manager)
    listing = client.get("/api/v1/organisations").json()
    assert listing == {
        "count": 1,
        "items": [
            {
                "id": school.pk,
                "name": "Trường PTDTBT THCS Trạm Tấu",
                "kind": "school",
                "unit": {"id": units["xa_tram_tau"].pk, "code": "04600", "name": "Xã Trạm Tấu"},
            }
        ],
    }
    assert client.get(f"/api/v1/organisations/{school.pk}").json()["name"] == school.name
    hidden = client.get(f"/api/v1/organisations/{other_school.pk}")
    assert hidden.status_code == 404
    assert hidden.json() == {"detail": "no such organisation"}
    client.force_login(school_manager)
    assert [item["id"] for item in client.get("/api/v1/organisations").json()["items"]] == [
        school.pk
    ]


def test_organisation_manager_sees_only_members(residents, school_manager, client):
    client.force_login(school_manager)
    assert names(client.get("/api/v1/people")) == {"Lò Thị Mai"}


def test_openapi_schema_documents_the_people_endpoints(client):
    schema = client.get("/api/v1/openapi.json").json()
    for path in (
        "/api/v1/me",
        "/api/v1/people",
        "/api/v1/people/{person_id}",
        "/api/v1/organisations",
        "/api/v1/organisations/{organisation_id}",
    ):
        assert path in schema["paths"]
