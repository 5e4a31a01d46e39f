import pytest
from django.core.management import call_command

from portal.core.models import SearchEntry
from portal.news import selectors
from portal.news.models import SectionKind
from portal.news.tests.factories import add_article, add_static_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def articles(portal_site):
    sections = portal_site["sections"]
    return {
        "campaign": add_article(
            sections[SectionKind.ACTIVITIES],
            title="Ra quân phong trào Bình dân học vụ số",
            summary="Xã Mường Lai tổ chức lễ ra quân.",
            tags=("ra quân",),
        ),
        "vneid": add_article(
            sections[SectionKind.PLATFORMS],
            title="Hướng dẫn định danh điện tử mức 2",
            summary="Đăng ký tài khoản VNeID ngay tại nhà.",
        ),
        "scam": add_article(
            sections[SectionKind.PRACTICES],
            title="Lớp học nhận diện lừa đảo qua mạng",
            summary="Người cao tuổi học cách nhận biết tin nhắn giả mạo.",
            body=[{"type": "paragraph", "value": "<p>Đường dây nóng hỗ trợ người dân.</p>"}],
        ),
        "draft": add_article(
            sections[SectionKind.ACTIVITIES],
            title="Bản nháp học vụ số chưa duyệt",
            live=False,
        ),
        "about": add_static_page(
            portal_site["home"],
            title="Giới thiệu",
            slug="gioi-thieu",
            text="Cổng thông tin của phong trào học vụ số.",
        ),
    }


def titles(results):
    return {hit.page.title for hit in results.hits}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("hoc vu so", {"Ra quân phong trào Bình dân học vụ số", "Giới thiệu"}),
        ("HỌC VỤ SỐ", {"Ra quân phong trào Bình dân học vụ số", "Giới thiệu"}),
        ("binh dan", {"Ra quân phong trào Bình dân học vụ số"}),
        ("dinh danh dien tu", {"Hướng dẫn định danh điện tử mức 2"}),
        ("Dinh Danh", {"Hướng dẫn định danh điện tử mức 2"}),
        ("duong day nong", {"Lớp học nhận diện lừa đảo qua mạng"}),
        ("lua dao", {"Lớp học nhận diện lừa đảo qua mạng"}),
        ("vneid", {"Hướng dẫn định danh điện tử mức 2"}),
        ("muong lai", {"Ra quân phong trào Bình dân học vụ số"}),
        ("ra quan", {"Ra quân phong trào Bình dân học vụ số"}),
    ],
)
def test_search_ignores_diacritics_and_case(articles, query, expected):
    assert titles(selectors.search(query=query)) == expected


def test_search_requires_every_word(articles):
    assert titles(selectors.search(query="hoc vneid")) == set()


def test_search_never_returns_drafts(articles):
    assert "Bản nháp học vụ số chưa duyệt" not in titles(selectors.search(query="ban nhap"))


def test_search_filters_by_section(articles, portal_site):
    practices = portal_site["sections"][SectionKind.PRACTICES]
    results = selectors.search(query="hoc", section=practices)
    assert titles(results) == {"Lớp học nhận diện lừa đảo qua mạng"}


def test_search_highlights_matches_in_title_and_snippet(articles):
    results = selectors.search(query="lua dao")
    hit = results.hits[0]
    assert [s.text for s in hit.title if s.is_match] == ["lừa", "đảo"]
    assert hit.section_title == "Mô hình hay, cách làm hiệu quả"


def test_empty_query_finds_nothing(articles):
    results = selectors.search(query="  !! ")
    assert results.total == 0
    assert results.hits == []


def test_search_pages_beyond_the_end_show_the_last_page(portal_site):
    section = portal_site["sections"][SectionKind.ACTIVITIES]
    for number in range(12):
        add_article(section, title=f"Tập huấn kỹ năng số đợt {number}", slug=f"tap-huan-{number}")
    results = selectors.search(query="tap huan", page_number=9)
    assert results.total == 12
    assert results.page_count == 2
    assert results.page_number == 2
    assert len(results.hits) == 2


def test_unpublished_pages_leave_the_results(articles):
    articles["scam"].unpublish()
    assert titles(selectors.search(query="lua dao")) == set()


def test_edits_are_searchable_once_published(articles):
    page = articles["vneid"]
    page.title = "Hướng dẫn cài đặt ứng dụng VNeID"
    page.save_revision()
    assert titles(selectors.search(query="cai dat")) == set()
    page.save_revision().publish()
    assert titles(selectors.search(query="cai dat")) == {"Hướng dẫn cài đặt ứng dụng VNeID"}


def test_deleted_pages_leave_the_index(articles):
    articles["campaign"].delete()
    assert SearchEntry.objects.filter(page_id=articles["campaign"].pk).count() == 0
    assert titles(selectors.search(query="ra quan")) == set()


def test_title_matches_rank_above_body_matches(portal_site):
    section = portal_site["sections"][SectionKind.ACTIVITIES]
    add_article(section, title="Tin khác", summary="Có nhắc tới chữ ký số ở cuối bài.", slug="a")
    add_article(section, title="Chữ ký số cho cán bộ xã", summary="Tập huấn.", slug="b")
    assert [hit.page.title for hit in selectors.search(query="chu ky so").hits] == [
        "Chữ ký số cho cán bộ xã",
        "Tin khác",
    ]


def test_rebuild_command_restores_the_index(articles):
    SearchEntry.objects.all().delete()
    assert selectors.search(query="lua dao").total == 0
    call_command("rebuild_search_index")
    assert titles(selectors.search(query="lua dao")) == {"Lớp học nhận diện lừa đảo qua mạng"}
