"""A reader's journey in headless Chromium, with axe-core accessibility checks on every page."""

import io
from datetime import date

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from wagtail.images.models import Image

from portal.core.tests.browser import BROWSER_MARKS, assert_accessible
from portal.news.models import PlatformPage, PolicyPage, SectionKind
from portal.news.tests.factories import add_article, add_static_page

pytestmark = BROWSER_MARKS


def picture() -> Image:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (1200, 675), (180, 40, 30)).save(buffer, "PNG")
    image = Image(title="Minh hoạ", file=ImageFile(buffer, name="minh-hoa.png"))
    image.save()
    return image


@pytest.fixture
def portal(portal_site):
    sections = portal_site["sections"]
    image = picture()
    add_article(
        sections[SectionKind.ACTIVITIES],
        title="Tổ công nghệ số đến từng nhà ở Mù Cang Chải",
        summary="Thanh niên hướng dẫn bà con cài ứng dụng định danh điện tử.",
        image=image,
        image_alt="Thanh niên hướng dẫn người dân dùng điện thoại",
        tags=("tổ công nghệ số",),
    )
    add_article(sections[SectionKind.PRACTICES], title="Chợ không dùng tiền mặt", image=image)
    add_article(
        sections[SectionKind.POLICIES],
        page_class=PolicyPage,
        title="Kế hoạch phong trào Bình dân học vụ số",
        issued_on=date(2025, 4, 10),
    )
    add_article(
        sections[SectionKind.PLATFORMS],
        page_class=PlatformPage,
        title="Cổng Dịch vụ công quốc gia",
        body=[
            {
                "type": "steps",
                "value": {
                    "heading": "Cách đăng nhập",
                    "steps": [
                        {
                            "title": "Mở trang",
                            "text": "<p>Vào dichvucong.gov.vn.</p>",
                            "image": None,
                        },
                        {
                            "title": "Đăng nhập",
                            "text": "<p>Chọn tài khoản VNeID.</p>",
                            "image": None,
                        },
                    ],
                },
            }
        ],
    )
    add_static_page(
        portal_site["home"], title="Giới thiệu", slug="gioi-thieu", text="Về phong trào."
    )
    return portal_site


def test_reader_goes_from_home_to_an_article_and_finds_it_without_diacritics(
    portal, live_server, page
):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(live_server.url + "/")
    assert page.locator("h1").first.inner_text().startswith("Bình dân học vụ số")
    assert_accessible(page)

    page.get_by_role("navigation", name="Danh mục chính").get_by_role(
        "link", name="Hoạt động triển khai"
    ).click()
    page.wait_for_url("**/hoat-dong-trien-khai/")
    assert_accessible(page)

    page.get_by_role("link", name="Tổ công nghệ số đến từng nhà ở Mù Cang Chải").click()
    assert page.locator("h1").inner_text() == "Tổ công nghệ số đến từng nhà ở Mù Cang Chải"
    cover = page.locator(".cover img")
    assert cover.get_attribute("width") == "400"
    assert cover.get_attribute("height") == "225"
    assert ".webp" in cover.get_attribute("srcset")
    assert_accessible(page)

    page.get_by_role("search").get_by_role("searchbox").fill("to cong nghe so mu cang chai")
    page.get_by_role("search").get_by_role("button", name="Tìm kiếm").click()
    page.wait_for_url("**/tim-kiem/**")
    first = page.locator(".result-title").first
    assert first.inner_text() == "Tổ công nghệ số đến từng nhà ở Mù Cang Chải"
    assert first.locator("mark").count() >= 4
    assert_accessible(page)


@pytest.mark.parametrize(
    "path", ["/", "/nen-tang-so/", "/chu-truong-chinh-sach/", "/gioi-thieu/", "/en/"]
)
def test_pages_are_accessible_and_fit_a_320_px_screen(portal, live_server, page, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(live_server.url + path)
    assert_accessible(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0


def test_platform_directory_entry_shows_guide_and_link(portal, live_server, page):
    page.goto(live_server.url + "/nen-tang-so/")
    page.get_by_role("link", name="Cổng Dịch vụ công quốc gia").click()
    assert page.get_by_role("link", name="Mở Cổng Dịch vụ công quốc gia").get_attribute("href") == (
        "https://dichvucong.gov.vn"
    )
    assert page.locator(".steps li").count() == 2
    assert_accessible(page)


def test_pages_work_without_javascript(portal, live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/tim-kiem/?q=cho+khong+dung+tien+mat")
    assert page.locator(".result-title").first.inner_text() == "Chợ không dùng tiền mặt"
    context.close()
