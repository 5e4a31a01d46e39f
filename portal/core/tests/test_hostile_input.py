"""A NUL character in a query string gets a 400 before any view runs, on every database.

PostgreSQL refuses NUL in text and jsonb (SQLite does not), so reaching a query or the audit
log with one would be a server error on PostgreSQL only.
"""

import pytest

from conftest import sign_in

NUL = "\x00"
PUBLIC = [
    ("/api/v1/units", {"q": f"tram{NUL}"}),
    ("/api/v1/units", {"code": f"139{NUL}"}),
    ("/api/v1/units", {"date": f"2025-01-01{NUL}"}),
    ("/api/v1/news", {"q": f"so{NUL}"}),
    ("/tim-kiem/", {"q": f"so{NUL}"}),
    ("/tai-khoan/tim-xa/", {"q": f"tram{NUL}"}),
    ("/tai-khoan/dang-nhap/", {"next": f"/{NUL}"}),
]
MANAGER = [
    ("/quan-ly/nguoi-dung/", {"q": f"A{NUL}", "group": NUL, "unit": NUL, "page": NUL}),
    ("/quan-ly/nguoi-dung/xuat.csv", {"q": f"A{NUL}"}),
    ("/quan-ly/to-chuc/", {"q": f"A{NUL}", "page": NUL}),
    ("/quan-ly/so-lieu/", {"date": NUL, "unit": NUL}),
    ("/quan-ly/so-lieu/xuat.csv", {"date": NUL}),
    ("/quan-ly/nhat-ky/", {"actor": f"admin{NUL}", "action": NUL}),
    ("/api/v1/people", {"q": f"A{NUL}", "target_group": NUL}),
    ("/api/v1/organisations", {"q": f"A{NUL}"}),
    ("/api/v1/campaign/registrations", {"date": NUL}),
]


@pytest.mark.parametrize(("path", "params"), PUBLIC)
def test_public_endpoints_refuse_or_ignore_nul_characters(db, units, client, path, params):
    response = client.get(path, params)
    assert response.status_code == 400
    assert "invalid character" in response.content.decode()


@pytest.mark.parametrize(("path", "params"), MANAGER)
def test_manager_endpoints_refuse_or_ignore_nul_characters(
    units, residents, admin_user_persona, client, path, params
):
    sign_in(client, admin_user_persona)
    assert client.get(path, params).status_code == 400
    assert client.get(path).status_code == 200


def test_sign_in_with_a_nul_character_is_a_form_error(db, client):
    response = client.post(
        "/tai-khoan/dang-nhap/", {"identifier": f"admin{NUL}", "password": f"x{NUL}"}
    )
    assert response.status_code == 200
    assert response.context["form"].errors


HUGE = "9" * 20


@pytest.mark.parametrize(
    "path",
    [
        f"/hoc/dang-ky/{HUGE}/",
        f"/hoc/bai/{HUGE}/hoan-thanh/",
        f"/hoc/kiem-tra/{HUGE}/bat-dau/",
        f"/hoc/scorm/{HUGE}/luu/",
        f"/quan-ly/nguoi-dung/{HUGE}/",
        f"/quan-ly/to-chuc/{HUGE}/",
        f"/quan-ly/to-chuc/{HUGE}/khoa-hoc/",
    ],
)
def test_an_id_too_large_for_the_database_is_no_page(units, admin_user_persona, client, path):
    sign_in(client, admin_user_persona)
    assert client.get(path).status_code == 404
    assert client.post(path).status_code == 404


def test_scorm_packages_are_not_served_as_plain_media(db, client, settings):
    """Only the sandboxed player serves them: on the portal's origin their scripts would run."""
    import shutil
    import uuid
    from pathlib import Path

    folder = uuid.uuid4().hex
    root = Path(settings.MEDIA_ROOT)
    (root / "scorm" / folder).mkdir(parents=True)
    (root / folder).mkdir(parents=True)
    try:
        (root / "scorm" / folder / "index.html").write_text("<script>1</script>")
        (root / folder / "index.html").write_text("<p>1</p>")
        assert client.get(f"/media/{folder}/index.html").status_code == 200
        assert client.get(f"/media/scorm/{folder}/index.html").status_code == 404
    finally:
        shutil.rmtree(root / "scorm" / folder)
        shutil.rmtree(root / folder)
