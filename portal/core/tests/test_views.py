import pytest
from django.core.cache import cache


def test_healthz_reports_database_and_cache(client, db):
    body = client.get("/healthz").json()
    assert body == {"status": "ok", "checks": {"database": True, "cache": True}}


def test_healthz_is_503_when_the_cache_fails(client, db, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(cache, "set", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": True, "cache": False}


@pytest.mark.django_db
def test_public_pages_get_a_strict_content_security_policy(client):
    response = client.get("/tim-kiem/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


@pytest.mark.django_db
def test_admin_gets_the_relaxed_policy_it_needs(client):
    policy = client.get("/admin/login/")["Content-Security-Policy"]
    assert "'unsafe-inline'" in policy


def test_robots_txt_is_plain_text(client):
    assert client.get("/robots.txt")["Content-Type"] == "text/plain; charset=utf-8"
