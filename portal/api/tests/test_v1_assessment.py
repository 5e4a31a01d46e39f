import json

import pytest
from wagtail.models import APIToken

from portal.assessment import selectors
from portal.assessment.models import Attempt, Response
from portal.assessment.tests import factories

pytestmark = pytest.mark.django_db


def bearer(token):
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.fixture
def app(units, learner):
    """The citizen app: a personal access token of the learner, with the demo bank loaded."""
    factories.load_bank()
    _token, plaintext = APIToken.create_token(user=learner, name="Ứng dụng công dân")
    return bearer(plaintext)


def post(client, path, payload, headers):
    return client.post(path, json.dumps(payload), content_type="application/json", **headers)


def test_start_answer_and_resume_through_the_api(client, app):
    started = post(client, "/api/v1/assessment/attempts", {"mode": "short"}, app)
    assert started.status_code == 201, started.content
    body = started.json()
    assert (body["status"], body["mode"], body["target_group"], body["answered"]) == (
        "in_progress",
        "short",
        "adults",
        0,
    )
    question = body["question"]
    assert question["phase"] == "self_report"
    assert [choice["number"] for choice in question["choices"]] == [1, 2, 3, 4]
    path = f"/api/v1/assessment/attempts/{body['id']}"
    answered = post(client, f"{path}/answers", {"item_id": question["item_id"], "answer": 2}, app)
    assert answered.status_code == 200
    assert answered.json()["answered"] == 1
    # The app lost the reply and sends the same answer again: nothing changes.
    again = post(client, f"{path}/answers", {"item_id": question["item_id"], "answer": 2}, app)
    assert again.status_code == 200
    assert again.json() == answered.json()
    # Starting again (another device) gives the same attempt with the same question.
    resumed = post(client, "/api/v1/assessment/attempts", {}, app)
    assert resumed.status_code == 200
    assert resumed.json()["question"] == answered.json()["question"]
    assert client.get(path, **app).json()["question"] == answered.json()["question"]


def test_items_never_carry_their_key(client, app):
    body = post(client, "/api/v1/assessment/attempts", {}, app).json()
    path = f"/api/v1/assessment/attempts/{body['id']}/answers"
    seen = []
    for _step in range(12):
        question = body["question"]
        seen.append(question)
        row = selectors.live_bank().rows[question["item_id"]]
        body = post(
            client,
            path,
            {"item_id": question["item_id"], "answer": factories.right_answer(row)},
            app,
        ).json()
        if body["question"] is None:
            break
    text = json.dumps(seen)
    for forbidden in ('"key"', '"correct"', '"correct_order"', '"value"', "explanation"):
        assert forbidden not in text


def test_bad_answers_get_a_reason_and_change_nothing(client, app, learner):
    body = post(client, "/api/v1/assessment/attempts", {}, app).json()
    path = f"/api/v1/assessment/attempts/{body['id']}/answers"
    item_id = body["question"]["item_id"]
    incomplete = post(client, path, {"item_id": item_id, "answer": [1, 2]}, app)
    assert incomplete.status_code == 422
    assert incomplete.json()["problem"] == "choose_one"
    not_served = post(client, path, {"item_id": item_id + 1, "answer": 1}, app)
    assert not_served.status_code == 409
    assert "không phải câu hỏi đang hiện" in not_served.json()["detail"]
    unknown = post(client, path, {"item_id": 2_000_000_000, "answer": 1}, app)
    assert unknown.status_code == 409
    too_big = post(client, path, {"item_id": 10**12, "answer": 1}, app)
    assert too_big.status_code == 422
    malformed = client.post(path, "{not json", content_type="application/json", **app)
    assert malformed.status_code in (400, 422)
    assert post(client, path, {"item_id": item_id, "answer": 1}, app).status_code == 200
    changed = post(client, path, {"item_id": item_id, "answer": 4}, app)
    assert changed.status_code == 409
    assert Response.objects.filter(attempt__person=learner).count() == 1


def test_someone_elses_attempt_is_404_and_anonymous_is_401(client, app, residents):
    body = post(client, "/api/v1/assessment/attempts", {}, app).json()
    _token, other = APIToken.create_token(user=residents["in_commune"], name="Khác")
    path = f"/api/v1/assessment/attempts/{body['id']}"
    assert client.get(path, **bearer(other)).status_code == 404
    answer = {"item_id": body["question"]["item_id"], "answer": 1}
    assert post(client, f"{path}/answers", answer, bearer(other)).status_code == 404
    assert post(client, f"{path}/finish", {}, bearer(other)).status_code == 404
    assert client.get(f"{path}/result", **bearer(other)).status_code == 404
    assert client.get(path).status_code == 401
    assert client.get("/api/v1/assessment/attempts/not-a-uuid", **app).status_code == 422


def test_finish_and_result(client, app, learner):
    body = post(client, "/api/v1/assessment/attempts", {}, app).json()
    path = f"/api/v1/assessment/attempts/{body['id']}"
    assert client.get(f"{path}/result", **app).status_code == 409
    attempt = Attempt.objects.get(public_id=body["id"])
    factories.run_to_the_end(attempt, right=True)
    result = client.get(f"{path}/result", **app)
    assert result.status_code == 200
    data = result.json()
    assert data["verdict"] == "basic"
    assert data["is_confirmed"] is False
    assert [domain["number"] for domain in data["domains"]] == [1, 2, 3, 4, 5, 6]
    assert client.get("/api/v1/assessment/attempts", **app).json()[0]["status"] == "finished"
    cooldown = post(client, "/api/v1/assessment/attempts", {}, app)
    assert cooldown.status_code == 400
    assert "Bạn có thể làm lại bài từ" in cooldown.json()["detail"]


def test_a_wrong_session_code_is_400(client, app):
    response = post(client, "/api/v1/assessment/attempts", {"session_code": "NOPE99"}, app)
    assert response.status_code == 400
    assert "Mã buổi kiểm tra không đúng" in response.json()["detail"]


def test_openapi_schema_documents_the_assessment_endpoints(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for path in (
        "/api/v1/assessment/attempts",
        "/api/v1/assessment/attempts/{public_id}",
        "/api/v1/assessment/attempts/{public_id}/answers",
        "/api/v1/assessment/attempts/{public_id}/finish",
        "/api/v1/assessment/attempts/{public_id}/result",
    ):
        assert path in paths
