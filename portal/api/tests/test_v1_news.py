import pytest

from portal.news.models import PlatformPage, PolicyPage, SectionKind
from portal.news.tests.factories import add_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(portal_site):
    sections = portal_site["sections"]
    for index in range(25):
        add_article(
            sections[SectionKind.ACTIVITIES],
            title=f"Lớp học kỹ năng số thôn {index}",
            tags=("lớp học",) if index % 2 else (),
        )
    add_article(
        sections[SectionKind.POLICIES],
        page_class=PolicyPage,
        title="Quyết định về khung kỹ năng số",
        document_number="757/QĐ-BKHCN",
        issuing_body="Bộ Khoa học và Công nghệ",
    )
    add_article(
        sections[SectionKind.PLATFORMS],
        page_class=PlatformPage,
        title="Ứng dụng định danh điện tử VNeID",
        platform_url="https://vneid.gov.vn",
    )
    add_article(sections[SectionKind.ACTIVITIES], title="Bản nháp API", live=False)
    return portal_site


def test_lists_news_newest_first_with_pagination(news, client):
    body = client.get("/api/v1/news", {"page_size": 10}).json()
    assert body["count"] == 27
    assert body["pages"] == 3
    assert len(body["items"]) == 10
    last = client.get("/api/v1/news", {"page_size": 10, "page": 3}).json()
    assert len(last["items"]) == 7
    all_titles = [item["title"] for item in body["items"] + last["items"]]
    assert "Bản nháp API" not in all_titles


def test_filters_by_section_and_tag(news, client):
    policies = client.get("/api/v1/news", {"section": "policies"}).json()
    assert [item["title"] for item in policies["items"]] == ["Quyết định về khung kỹ năng số"]
    assert policies["items"][0]["section"] == "policies"
    tagged = client.get("/api/v1/news", {"tag": "lop-hoc"}).json()
    assert tagged["count"] == 12


def test_search_ignores_diacritics(news, client):
    body = client.get("/api/v1/news", {"q": "dinh danh dien tu"}).json()
    assert [item["title"] for item in body["items"]] == ["Ứng dụng định danh điện tử VNeID"]


def test_detail_has_kind_specific_fields(news, client):
    listing = client.get("/api/v1/news", {"section": "policies"}).json()
    detail = client.get(f"/api/v1/news/{listing['items'][0]['id']}").json()
    assert detail["policy"]["document_number"] == "757/QĐ-BKHCN"
    assert detail["platform"] is None
    assert "chuyển đổi số" in detail["body_html"]


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"section": "weather"}, "section"),
        ({"page": "0"}, "page"),
        ({"page": "abc"}, "page"),
        ({"page_size": "500"}, "page_size"),
        ({"q": "x" * 201}, "q"),
    ],
)
def test_bad_parameters_get_422_with_a_reason(news, client, params, fragment):
    response = client.get("/api/v1/news", params)
    assert response.status_code == 422
    assert fragment in response.json()["detail"]


def test_page_past_the_end_is_404_with_a_reason(news, client):
    response = client.get("/api/v1/news", {"page": 99})
    assert response.status_code == 404
    assert response.json()["detail"] == "Page 99 does not exist; there are 2 page(s)."


def test_unknown_or_draft_article_is_404(news, client):
    assert client.get("/api/v1/news/999999").status_code == 404
    draft = client.get("/api/v1/news", {"q": "ban nhap api"}).json()
    assert draft["count"] == 0


def test_openapi_schema_documents_the_news_endpoints(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/news" in schema["paths"]
    assert "/api/v1/news/{news_id}" in schema["paths"]
    assert client.get("/api/v1/docs").status_code == 200
