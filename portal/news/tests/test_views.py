import gzip
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from wagtail.models import Locale, Page

from portal.campaign.models import AdministrativeUnit
from portal.core.middleware import VERSION_KEY
from portal.news.models import NewsPage, PolicyPage, SectionKind
from portal.news.tests.factories import add_article, add_static_page, publish

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def site_with_news(portal_site):
    sections = portal_site["sections"]
    for index in range(3):
        add_article(
            sections[SectionKind.ACTIVITIES],
            title=f"Tổ công nghệ số cộng đồng số {index}",
            tags=("tổ công nghệ số",),
        )
    add_article(
        sections[SectionKind.POLICIES],
        page_class=PolicyPage,
        title="Kế hoạch triển khai phong trào",
        document_number="86/KH-UBND",
        issuing_body="UBND tỉnh Yên Bái",
    )
    add_article(sections[SectionKind.ACTIVITIES], title="Bản nháp chưa duyệt", live=False)
    add_static_page(portal_site["home"], title="Giới thiệu", slug="gioi-thieu", text="Về cổng.")
    return portal_site


def test_home_shows_campaign_targets_and_latest_news(site_with_news, client):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tự đánh giá năng lực số" in html
    assert "Học ngay" in html
    assert "Tổ công nghệ số cộng đồng số 2" in html
    assert "Bản nháp chưa duyệt" not in html
    assert 'lang="vi"' in html


def test_home_page_is_served_from_cache_with_few_queries(
    site_with_news, client, django_assert_num_queries
):
    client.get("/")
    with django_assert_num_queries(0):
        response = client.get("/")
    assert response["X-Page-Cache"] == "hit"


def test_signed_in_users_bypass_the_page_cache(site_with_news, client, editor):
    client.get("/")
    client.force_login(editor)
    assert "X-Page-Cache" not in client.get("/")


def test_publishing_invalidates_cached_pages(site_with_news, client):
    section = site_with_news["sections"][SectionKind.ACTIVITIES]
    client.get(section.url)
    add_article(section, title="Tin vừa đăng xong")
    assert "Tin vừa đăng xong" in client.get(section.url).content.decode()
    assert cache.get(VERSION_KEY) >= 2


def test_section_lists_articles_and_filters_by_tag(site_with_news, client):
    section = site_with_news["sections"][SectionKind.ACTIVITIES]
    html = client.get(section.url).content.decode()
    assert html.count('class="card-title"') == 3
    tagged = client.get(section.url, {"tag": "to-cong-nghe-so"}).content.decode()
    assert "Tổ công nghệ số cộng đồng số 0" in tagged
    assert (
        client.get(section.url, {"tag": "khong-co"}).content.decode().count('class="card-title"')
        == 0
    )


def test_section_survives_bad_page_numbers(site_with_news, client):
    section = site_with_news["sections"][SectionKind.ACTIVITIES]
    assert client.get(section.url, {"page": "abc"}).status_code == 200
    assert client.get(section.url, {"page": "999"}).status_code == 200


def test_article_page_has_meta_share_links_and_related(site_with_news, client):
    article = NewsPage.objects.get(title="Tổ công nghệ số cộng đồng số 1")
    html = client.get(article.url).content.decode()
    assert f'<link rel="canonical" href="http://testserver{article.url}">' in html
    assert '<meta property="og:title" content="Tổ công nghệ số cộng đồng số 1">' in html
    assert "facebook.com/sharer" in html
    assert "Tổ công nghệ số cộng đồng số 0" in html  # related by shared tag
    assert "lượt xem" in html


def test_policy_page_shows_document_facts(site_with_news, client):
    policy = PolicyPage.objects.get()
    html = client.get(policy.url).content.decode()
    assert "86/KH-UBND" in html
    assert "UBND tỉnh Yên Bái" in html


def test_english_pages_use_english_interface(site_with_news, client):
    html = client.get("/tim-kiem/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Tìm kiếm" in html  # Vietnamese is the default whatever the browser asks
    english = client.get("/en/tim-kiem/").content.decode()
    assert 'lang="en"' in english
    assert "Search for" in english


def test_search_page_finds_without_diacritics_and_marks_matches(site_with_news, client):
    html = client.get("/tim-kiem/", {"q": "to cong nghe"}).content.decode()
    assert "3 kết quả" in html
    assert "<mark>Tổ</mark> <mark>công</mark> <mark>nghệ</mark>" in html


def test_search_rejects_unknown_section_with_a_reason(site_with_news, client):
    response = client.get("/tim-kiem/", {"q": "so", "section": "khac"})
    assert response.status_code == 400
    assert "Không có chuyên mục nào tên là" in response.content.decode()


def test_search_rejects_overlong_queries(site_with_news, client):
    response = client.get("/tim-kiem/", {"q": "a" * 201})
    assert response.status_code == 400
    assert "tối đa 200 ký tự" in response.content.decode()


def test_static_pages_are_linked_in_the_footer(site_with_news, client):
    html = client.get("/").content.decode()
    assert 'href="/gioi-thieu/"' in html


def test_rss_feed_is_valid_and_lists_live_articles(site_with_news, client):
    response = client.get("/feeds/rss.xml")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel is not None
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert "Kế hoạch triển khai phong trào" in titles
    assert "Bản nháp chưa duyệt" not in titles
    links = [item.findtext("link") or "" for item in channel.findall("item")]
    assert all(link.startswith("http://testserver/") for link in links)


def test_section_atom_feed_is_valid_and_only_has_that_section(site_with_news, client):
    response = client.get("/feeds/policies/atom.xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]
    assert titles == ["Kế hoạch triển khai phong trào"]
    assert client.get("/feeds/khong-co/rss.xml").status_code == 404


def test_sitemap_lists_live_pages_only(site_with_news, client):
    response = client.get("/sitemap.xml")
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    urls = [loc.text or "" for loc in ET.fromstring(response.content).iter(f"{namespace}loc")]
    live_article = NewsPage.objects.get(title="Tổ công nghệ số cộng đồng số 0")
    draft = NewsPage.objects.get(title="Bản nháp chưa duyệt")
    assert f"http://testserver{live_article.url}" in urls
    assert not any(draft.slug in url for url in urls)


def test_robots_txt_points_at_sitemap(client):
    body: str = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert f"Sitemap: {settings.SITE_URL}/sitemap.xml" in body


def test_slugs_are_ascii(site_with_news):
    assert all(page.slug.isascii() for page in Page.objects.all())


def test_home_page_weight_is_under_100_kb_compressed(site_with_news, client):
    html = client.get("/").content
    static_root = Path(settings.BASE_DIR) / "static"
    assets = [
        static_root / "css" / "site.css",
        static_root / "js" / "site.js",
        static_root / "img" / "logo.svg",
    ]
    total = len(gzip.compress(html)) + sum(len(gzip.compress(path.read_bytes())) for path in assets)
    assert total < 100 * 1024


def test_unpublishing_removes_page_from_public_view(site_with_news, client):
    article = NewsPage.objects.get(title="Tổ công nghệ số cộng đồng số 0")
    url = article.url
    assert client.get(url).status_code == 200
    article.unpublish()
    assert client.get(url).status_code == 404
    publish(article)
    assert client.get(url).status_code == 200


def test_section_filters_by_administrative_unit(portal_site, client):
    province = AdministrativeUnit.objects.create(
        code="15",
        name="Tỉnh Yên Bái",
        unit_type="Tỉnh",
        level="province",
        valid_from="2025-03-01",
        name_folded="tinh yen bai",
    )
    commune = AdministrativeUnit.objects.create(
        code="04303",
        name="Xã Mường Lai",
        unit_type="Xã",
        level="commune",
        parent=province,
        valid_from="2025-03-01",
        name_folded="xa muong lai",
    )
    section = portal_site["sections"][SectionKind.ACTIVITIES]
    tagged = add_article(section, title="Tập huấn ở Mường Lai")
    tagged.units.set([commune])
    publish(tagged)
    add_article(section, title="Tin ở nơi khác")
    html = client.get(section.url, {"unit": commune.pk}).content.decode()
    assert "Tập huấn ở Mường Lai" in html
    assert "Tin ở nơi khác" not in html
    assert "Đang xem các bài viết về Xã Mường Lai." in html, html[html.find("<main") :][:1500]
    assert (
        client.get(section.url, {"unit": "99999"}).content.decode().count('class="card-title"') == 0
    )


@pytest.mark.parametrize(
    ("path", "most"), [("/", 16), ("/hoat-dong-trien-khai/", 14), ("/tim-kiem/?q=to+cong", 12)]
)
def test_uncached_hot_pages_stay_within_their_query_budget(
    site_with_news, client, settings, django_assert_max_num_queries, path, most
):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(path)  # the menu and footer are cached until the next publish
    with django_assert_max_num_queries(most):
        assert client.get(path).status_code == 200


def test_uncached_article_stays_within_its_query_budget(
    site_with_news, client, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    article = NewsPage.objects.get(title="Tổ công nghệ số cộng đồng số 1")
    client.get(article.url)
    with django_assert_max_num_queries(16):
        assert client.get(article.url).status_code == 200


def test_pages_render_before_any_locale_or_page_exists(db, client):
    # A flushed database (as transactional browser tests leave it) has no Wagtail locale.
    Page.objects.filter(depth=1).delete()
    Locale.objects.all().delete()
    response = client.get("/tai-khoan/dang-ky/")
    assert response.status_code == 200
    assert response.context["user"].is_anonymous
