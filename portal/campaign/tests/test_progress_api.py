"""GET /api/v1/campaign/progress: figures per group for a unit and its children, suppressed for
the public under 10 people, whole for the managers of the unit."""

import pytest

from conftest import sign_in

pytestmark = pytest.mark.django_db
URL = "/api/v1/campaign/progress"


def _group(body, code="adults"):
    return next(item for item in body["groups"] if item["group"] == code)


def _child(body, code):
    return next(child for child in body["children"] if child["code"] == code)


def test_the_public_sees_the_district_and_no_figure_of_a_commune_under_ten_people(client, figures):
    body = client.get(URL, {"unit": "139", "date": "2025-06-30"}).json()
    assert body["unit"] == {"code": "139", "name": figures["tram_tau"].name, "level": "district"}
    adults = _group(body)
    assert (adults["denominator"], adults["attained"], adults["confirmed"]) == (20, 6, 2)
    assert adults["rate"] == pytest.approx(0.3)
    assert adults["target"] == pytest.approx(0.8)
    assert adults["target_date"] == "2025-12-31"
    assert adults["status"] in {"on_track", "at_risk", "behind"}
    big = _group(_child(body, "04600"))
    assert (big["attained"], big["suppressed"]) == (4, False)
    small = _group(_child(body, "04615"))
    assert small["suppressed"] is True
    assert small["attained"] is None
    assert small["rate"] is None
    assert small["confirmed"] is None
    assert {item["group"] for item in body["groups"]} == {
        "officials",
        "students",
        "adults",
        "workers",
    }


def test_a_commune_manager_sees_every_figure_of_their_commune_only(
    client, figures, commune_manager
):
    sign_in(client, commune_manager)
    own = client.get(URL, {"unit": "04600", "date": "2025-06-30"}).json()
    assert _group(own)["attained"] == 4
    other = client.get(URL, {"unit": "04615", "date": "2025-06-30"}).json()
    assert _group(other)["suppressed"] is True
    assert _group(other)["attained"] is None


def test_after_the_merger_the_old_communes_count_in_the_new_province(client, figures):
    body = client.get(URL, {"unit": "15", "date": "2025-08-01"}).json()
    assert body["unit"]["name"] == figures["lao_cai"].name
    assert _group(body)["attained"] == 6
    before = client.get(URL, {"unit": "15", "date": "2025-05-01"}).json()
    assert before["unit"]["name"] == figures["yen_bai"].name
    assert _group(before)["attained"] == 0  # the results are of 10 May


def test_bad_input_gets_a_reason(client, figures):
    missing = client.get(URL, {"unit": "99999", "date": "2025-06-30"})
    assert missing.status_code == 404
    assert "99999" in missing.json()["detail"]
    gone = client.get(URL, {"unit": "139", "date": "2025-08-01"})  # districts ended on 30 June
    assert gone.status_code == 404
    assert client.get(URL, {"unit": "abc"}).status_code == 422
    assert client.get(URL, {"unit": "15", "date": "2025-13-01"}).status_code == 422
    bad_token = client.get(URL, {"unit": "15"}, HTTP_AUTHORIZATION="Bearer nope")
    assert bad_token.status_code == 401


def test_the_figures_take_a_fixed_number_of_queries_however_many_children(
    client, figures, django_assert_max_num_queries
):
    # The district has communes; targets, sizes and counts are read once for all of them.
    with django_assert_max_num_queries(20):
        response = client.get(URL, {"unit": "139", "date": "2025-06-30"})
    assert len(response.json()["children"]) >= 5


def test_a_lone_hidden_commune_takes_the_next_smallest_with_it(client, figures):
    from portal.campaign.models import Denominator, TargetGroup

    adults = TargetGroup.objects.get(code="adults")
    for commune in figures["tram_tau"].children.exclude(pk=figures["xa_ban_mu"].pk):
        Denominator.objects.get_or_create(
            unit=commune,
            target_group=adults,
            year=2025,
            defaults={"count": 30, "source": "estimate"},
        )
    body = client.get(URL, {"unit": "139", "date": "2025-06-30"}).json()
    # Bản Mù (8 people) is hidden; shown alone, Trạm Tấu's 4 would give it away as 6 − 4 − 0.
    assert _group(_child(body, "04615"))["suppressed"] is True
    assert _group(_child(body, "04600"))["suppressed"] is True
    assert _group(_child(body, "04588"))["attained"] == 0
    assert _group(body)["attained"] == 6
