from datetime import date

import pytest

from portal.accounts.tests.factories import make_person

pytestmark = pytest.mark.django_db

BEFORE_MERGER = "2025-06-30"
MERGER_DAY = "2025-07-01"


def codes(response):
    assert response.status_code == 200, response.content
    return [unit["code"] for unit in response.json()["items"]]


def test_search_ignores_diacritics_and_follows_the_merger(units, client):
    today = client.get("/api/v1/units", {"q": "tram tau"}).json()
    assert today["count"] == 1
    assert today["items"][0] == {
        "id": units["new_xa_tram_tau"].pk,
        "code": "04606",
        "name": "Xã Trạm Tấu",
        "type": "Xã",
        "level": "commune",
        "parent_id": units["lao_cai"].pk,
        "parent_name": "Tỉnh Lào Cai",
        "valid_from": "2025-07-01",
        "valid_to": None,
        "successor_codes": [],
    }
    before = client.get("/api/v1/units", {"q": "TRAM tau", "date": BEFORE_MERGER})
    assert [(unit["code"], unit["name"]) for unit in before.json()["items"]] == [
        ("139", "Huyện Trạm Tấu"),
        ("04585", "Thị trấn Trạm Tấu"),
        ("04600", "Xã Trạm Tấu"),
    ]


def test_old_commune_names_the_commune_it_was_merged_into(units, client):
    body = client.get("/api/v1/units", {"code": "04600", "date": BEFORE_MERGER}).json()
    assert body["items"][0]["name"] == "Xã Trạm Tấu"
    assert body["items"][0]["parent_name"] == "Huyện Trạm Tấu"
    assert body["items"][0]["valid_to"] == BEFORE_MERGER
    assert body["items"][0]["successor_codes"] == ["04606"]


def test_code_keeps_its_leading_zero(units, client):
    exact = client.get("/api/v1/units", {"code": "04606"})
    assert codes(exact) == ["04606"]
    assert exact.json()["items"][0]["id"] == units["new_xa_tram_tau"].pk
    assert codes(client.get("/api/v1/units", {"q": "0460"})) == ["04609", "04603", "04606"]
    assert codes(client.get("/api/v1/units", {"code": "4606"})) == []


def test_parent_lists_the_units_directly_below(units, client):
    district = client.get("/api/v1/units", {"parent": units["tram_tau"].pk, "date": BEFORE_MERGER})
    assert codes(district) == [
        "04585", "04588", "04591", "04594", "04597", "04600",
        "04603", "04606", "04609", "04612", "04615", "04618",
    ]  # fmt: skip
    assert {unit["parent_id"] for unit in district.json()["items"]} == {units["tram_tau"].pk}
    province = client.get("/api/v1/units", {"parent": units["yen_bai"].pk, "date": BEFORE_MERGER})
    assert codes(province) == ["137", "139"]


def test_date_before_the_merger_shows_the_old_three_levels(units, client):
    assert codes(client.get("/api/v1/units", {"code": "139", "date": BEFORE_MERGER})) == ["139"]
    assert codes(client.get("/api/v1/units", {"code": "139", "date": MERGER_DAY})) == []
    assert codes(client.get("/api/v1/units", {"code": "139"})) == []
    old_districts = client.get("/api/v1/units", {"level": "district", "date": BEFORE_MERGER})
    assert codes(old_districts) == ["137", "139"]
    assert codes(client.get("/api/v1/units", {"level": "district"})) == []
    old_province = client.get("/api/v1/units", {"code": "15", "date": BEFORE_MERGER})
    new_province = client.get("/api/v1/units", {"code": "15", "date": MERGER_DAY})
    assert old_province.json()["items"][0]["name"] == "Tỉnh Yên Bái"
    assert new_province.json()["items"][0]["name"] == "Tỉnh Lào Cai"


def test_units_are_paginated(units, client):
    body = client.get(
        "/api/v1/units", {"level": "commune", "date": MERGER_DAY, "page_size": 4, "page": 3}
    ).json()
    assert body["count"] == 11
    assert [unit["code"] for unit in body["items"]] == ["04606", "04609", "04630"]


def test_unit_pages_cost_the_same_whatever_their_size(units, client, django_assert_num_queries):
    # Count, page with parents, successions, successor units.
    with django_assert_num_queries(4):
        body = client.get("/api/v1/units", {"date": BEFORE_MERGER, "page_size": 30}).json()
    assert body["count"] == 29
    # A search is one list, counted in Python.
    with django_assert_num_queries(3):
        client.get("/api/v1/units", {"q": "xa", "date": BEFORE_MERGER, "page_size": 30})


def test_unit_detail_lists_its_children(units, client):
    response = client.get(f"/api/v1/units/{units['tram_tau'].pk}")
    assert response.status_code == 200
    body = response.json()
    assert (body["code"], body["name"], body["level"]) == ("139", "Huyện Trạm Tấu", "district")
    assert body["parent_name"] == "Tỉnh Yên Bái"
    assert len(body["children"]) == 12
    assert body["children"][0] == {
        "id": body["children"][0]["id"],
        "code": "04585",
        "name": "Thị trấn Trạm Tấu",
        "type": "Thị trấn",
        "level": "commune",
        "parent_id": units["tram_tau"].pk,
        "parent_name": "Huyện Trạm Tấu",
        "valid_from": "2025-03-01",
        "valid_to": BEFORE_MERGER,
        "successor_codes": ["04585"],
    }


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"date": "2025-13-01"}, "date: "),
        ({"date": "yesterday"}, "date: "),
        ({"level": "hamlet"}, "level: "),
        ({"code": "04A"}, "code: "),
        ({"parent": "abc"}, "parent: "),
        ({"page": "0"}, "page: "),
        ({"page_size": "101"}, "page_size: "),
    ],
)
def test_bad_unit_parameters_get_422_with_a_reason(units, client, params, fragment):
    response = client.get("/api/v1/units", params)
    assert response.status_code == 422
    assert response.json()["detail"].startswith(fragment)


def test_unknown_unit_is_404_with_a_reason(units, client):
    missing = client.get("/api/v1/units/999999")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "no such unit"}
    assert client.get("/api/v1/units", {"parent": 999999}).json() == {
        "detail": "no such parent unit"
    }
    assert client.get("/api/v1/units/99999999999").status_code == 422


def test_target_groups_list_the_four_groups_with_targets(units, client):
    body = client.get("/api/v1/target-groups").json()
    assert [group["code"] for group in body] == ["officials", "students", "adults", "workers"]
    adults = body[2]
    assert adults == {
        "code": "adults",
        "name_vi": "Người dân trong độ tuổi trưởng thành",
        "name_en": "Adults (citizens)",
        "target_2025_percent": 80,
        "target_2026_percent": 100,
        "min_age_years": 15,
        "max_age_years": None,
    }


@pytest.fixture
def registered(units, residents):
    """Besides the residents (registered today): two people registered before the merger in
    old communes of Trạm Tấu, and one after it in the new Xã Trạm Tấu."""
    make_person("Thào A Dế", unit=units["xa_tuc_dan"], joined=date(2025, 6, 1))
    make_person(
        "Mùa Thị Sinh", unit=units["xa_tram_tau"], group_code="students", joined=date(2025, 6, 2)
    )
    make_person("Lý A Sang", unit=units["new_xa_tram_tau"], joined=date(2025, 8, 1))
    return residents


def figures(response):
    assert response.status_code == 200, response.content
    return {
        item["unit"]["code"]: (item["total"], item["by_target_group"])
        for item in response.json()["units"]
    }


def test_registrations_count_people_per_child_unit_and_group_on_a_day(
    units, registered, district_manager, client
):
    client.force_login(district_manager)
    old = client.get(
        "/api/v1/campaign/registrations", {"unit": units["tram_tau"].pk, "date": BEFORE_MERGER}
    )
    assert old.json()["date"] == BEFORE_MERGER
    assert old.json()["unit"] == {
        "id": units["tram_tau"].pk,
        "code": "139",
        "name": "Huyện Trạm Tấu",
    }
    old_figures = figures(old)
    assert len(old_figures) == 12
    assert old_figures["04588"] == (1, {"adults": 1})
    assert old_figures["04600"] == (1, {"students": 1})
    assert old_figures["04615"] == (0, {})


def test_registrations_after_the_merger_roll_old_communes_into_new_ones(
    units, registered, admin_user_persona, client
):
    client.force_login(admin_user_persona)
    new = client.get("/api/v1/campaign/registrations", {"unit": units["lao_cai"].pk})
    new_figures = figures(new)
    assert len(new_figures) == 11
    assert new_figures["04606"] == (5, {"adults": 3, "students": 2})
    assert new_figures["04609"] == (1, {"adults": 1})
    assert new_figures["04585"] == (0, {})
    assert sum(total for total, _groups in new_figures.values()) == 7


def test_registrations_at_the_top_count_only_people_in_scope(
    units, registered, district_manager, client
):
    client.force_login(district_manager)
    top = client.get("/api/v1/campaign/registrations")
    assert top.json()["unit"] is None
    # Today the district is gone: its new communes, wholly formed from it, are the top units.
    assert figures(top) == {
        "04585": (0, {}),
        "04603": (0, {}),
        "04606": (5, {"adults": 3, "students": 2}),
        "04609": (1, {"adults": 1}),
    }
    before = client.get("/api/v1/campaign/registrations", {"date": BEFORE_MERGER})
    assert figures(before) == {"139": (2, {"adults": 1, "students": 1})}


def test_registrations_outside_the_scope_are_404(units, registered, commune_manager, client):
    client.force_login(commune_manager)
    for unit in ("tram_tau", "mu_cang_chai", "new_xa_tram_tau"):
        response = client.get("/api/v1/campaign/registrations", {"unit": units[unit].pk})
        assert response.status_code == 404, unit
        assert response.json() == {"detail": "no such unit"}
    assert client.get("/api/v1/campaign/registrations", {"unit": 999999}).status_code == 404


def test_registrations_need_a_manager(units, learner, client):
    anonymous = client.get("/api/v1/campaign/registrations")
    assert anonymous.status_code == 401
    assert "Sign in" in anonymous.json()["detail"]
    client.force_login(learner)
    denied = client.get("/api/v1/campaign/registrations")
    assert denied.status_code == 403
    assert "managers" in denied.json()["detail"]


def test_bad_registration_date_is_422(units, district_manager, client):
    client.force_login(district_manager)
    response = client.get("/api/v1/campaign/registrations", {"date": "2025-02-30"})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("date: ")


def test_openapi_schema_documents_the_campaign_endpoints(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for path in (
        "/api/v1/units",
        "/api/v1/units/{unit_id}",
        "/api/v1/target-groups",
        "/api/v1/campaign/registrations",
    ):
        assert path in paths
