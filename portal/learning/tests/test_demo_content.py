"""The demo courses: their content is well formed, and seeding turns it into working pages."""

import csv
import gzip
import io
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from django.db import transaction
from django.test import Client, override_settings
from PIL import Image as PillowImage
from wagtail.images.models import Image
from wagtail.models import Page

from portal.assessment.services import framework as assessment_framework
from portal.campaign import services as campaign_services
from portal.learning.demo import content
from portal.learning.demo import seed as learning_seed
from portal.learning.demo.content import types
from portal.learning.demo.media import screens
from portal.learning.domain.quiz import questions_from_stream
from portal.learning.models import (
    CatalogPage,
    CoursePage,
    LearningPath,
    LessonPage,
    ModulePage,
    QuizPage,
    ScormLessonPage,
)
from portal.learning.models.pages import LANGUAGES
from portal.news.demo import media as news_media
from portal.news.tests.factories import build_site

FRAMEWORK_CSV = Path("/work/shared/data/competence_framework_tt02_2025.csv")
TARGET_GROUPS = {"officials", "students", "adults", "workers"}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Letters only Vietnamese uses (đ, and vowels with a tone or a hat/horn).
VIETNAMESE = re.compile(
    r"[đĐàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.IGNORECASE
)
PLACEHOLDERS = re.compile(
    r"lorem|ipsum|\bTODO\b|\bFIXME\b|\bTBD\b|\bXXX\b|placeholder|sample text|example\.com"
    r"|\bfoo\b|\bbar baz\b",
    re.IGNORECASE,
)
ALLOWED_TAGS = {"p", "b", "i", "a", "strong", "em", "br"}
TIP_KINDS = {"tip", "warning", "remember"}
MAX_LESSON_PAGE_GZIP_BYTES = 100 * 1024


def framework_codes() -> set[str]:
    with FRAMEWORK_CSV.open(encoding="utf-8") as file:
        return {row["code"] for row in csv.DictReader(file)}


def lessons(course: types.Course) -> list[types.Lesson]:
    return [i for m in course.modules for i in m.items if isinstance(i, types.Lesson)]


def quizzes(course: types.Course) -> list[types.Quiz]:
    return [i for m in course.modules for i in m.items if isinstance(i, types.Quiz)]


def questions(course: types.Course) -> list[types.Question]:
    found = [q for quiz in quizzes(course) for q in quiz.questions]
    for lesson in lessons(course):
        found += [value for kind, value in lesson.body if kind == "check"]  # type: ignore[misc]
    return found


def screens_of(course: types.Course) -> list[types.Screen]:
    return [
        step.screen
        for lesson in lessons(course)
        for kind, value in lesson.body
        if kind == "steps"
        for step in value  # type: ignore[attr-defined]
        if step.screen
    ]


def prose(course: types.Course) -> list[str]:
    """The texts a reader sees (screenshots' labels aside: a scam SMS may lack diacritics)."""
    texts = [course.title, course.summary, course.description, course.image.alt]
    for module in course.modules:
        texts += [module.title, module.summary]
        for item in module.items:
            texts.append(item.title)
            if isinstance(item, types.Quiz):
                texts.append(item.intro)
                continue
            texts.append(item.summary)
            for kind, value in item.body:
                if kind in ("heading", "paragraph"):
                    texts.append(str(value))
                elif kind == "list":
                    texts += list(value)  # type: ignore[call-overload]
                elif kind == "steps":
                    texts += [f"{step.title} {step.text}" for step in value]  # type: ignore[attr-defined]
                elif kind == "tip":
                    texts.append(value.text)  # type: ignore[attr-defined]
                elif kind == "image":
                    texts += [value.alt, value.caption]  # type: ignore[attr-defined]
    for question in questions(course):
        texts += [question.prompt, question.explanation]
        texts += [f"{option.text} {option.feedback}" for option in question.options]
    return [text for text in texts if text]


def all_prose() -> Iterator[tuple[str, str]]:
    for course in content.COURSES:
        for text in prose(course):
            yield course.slug, text
    for path in content.PATHS:
        yield path.slug, path.title
        yield path.slug, path.description


# Content checks: plain values, no database.


def test_every_course_module_and_the_paths_are_there():
    assert [course.slug for course in content.COURSES]
    assert len(content.COURSES) == len(content.COURSE_MODULES) == 7
    assert content.PATHS


def test_there_are_enough_courses_and_lessons():
    assert len(content.COURSES) >= 4
    assert sum(len(lessons(course)) for course in content.COURSES) >= 20
    assert all(quizzes(course) for course in content.COURSES)


def test_slugs_are_ascii_short_and_unique():
    course_slugs = [course.slug for course in content.COURSES]
    assert len(set(course_slugs)) == len(course_slugs)
    for course in content.COURSES:
        item_slugs = [item.slug for module in course.modules for item in module.items]
        module_slugs = [module.slug for module in course.modules]
        for slug in [course.slug, *module_slugs, *item_slugs]:
            assert SLUG.match(slug), slug
            assert len(slug) <= 50, slug
        assert not [s for s, n in Counter(item_slugs + module_slugs).items() if n > 1], course.slug
    path_slugs = [path.slug for path in content.PATHS]
    assert len(set(path_slugs)) == len(path_slugs)
    assert all(SLUG.match(slug) for slug in path_slugs)


@pytest.mark.parametrize("course", content.COURSES, ids=lambda course: course.slug)
def test_course_fields_fit_the_pages(course):
    assert 1 <= course.level <= 8
    assert len(course.summary) <= 260
    assert len(course.title) <= 255
    assert course.language in dict(LANGUAGES)
    assert course.competences
    assert set(course.competences) <= framework_codes()
    assert course.target_groups
    assert set(course.target_groups) <= TARGET_GROUPS
    assert course.image.theme in news_media.THEMES
    for module in course.modules:
        assert module.items
    for lesson in lessons(course):
        assert 3 <= lesson.minutes <= 10, lesson.slug
        assert len(lesson.summary) <= 200, lesson.slug
        assert lesson.body, lesson.slug
    for quiz in quizzes(course):
        assert len(quiz.questions) >= 3, quiz.slug
        assert 1 <= quiz.pass_mark_percent <= 100


@pytest.mark.parametrize("course", content.COURSES, ids=lambda course: course.slug)
def test_lesson_blocks_have_the_shape_the_seed_expects(course):
    for lesson in lessons(course):
        for kind, value in lesson.body:
            where = f"{lesson.slug}: {kind}"
            if kind in ("heading", "paragraph"):
                assert isinstance(value, str), where
                assert value.strip(), where
            elif kind == "list":
                assert value, where
                assert all(isinstance(item, str) and item for item in value), where  # type: ignore[attr-defined]
            elif kind == "steps":
                assert value, where
                assert all(isinstance(step, types.Step) for step in value), where  # type: ignore[attr-defined]
            elif kind == "tip":
                assert isinstance(value, types.Tip), where
                assert value.kind in TIP_KINDS, where
            elif kind == "image":
                assert isinstance(value, types.Illustration), where
                assert value.theme in news_media.THEMES, where
                assert value.alt, where
            elif kind == "check":
                assert isinstance(value, types.Question), where
            else:
                pytest.fail(f"unknown block kind {where}")
        paragraphs = [str(v) for kind, v in lesson.body if kind == "paragraph"]
        for paragraph in paragraphs:
            tags = {tag.lower() for tag in re.findall(r"</?([a-zA-Z0-9]+)", paragraph)}
            assert tags <= ALLOWED_TAGS, (lesson.slug, tags - ALLOWED_TAGS)


@pytest.mark.parametrize("course", content.COURSES, ids=lambda course: course.slug)
def test_questions_are_well_formed(course):
    for question in questions(course):
        correct = sum(option.is_correct for option in question.options)
        where = question.prompt
        assert question.prompt.strip(), where
        if question.kind == "single":
            assert len(question.options) >= 2, where
            assert correct == 1, where
        elif question.kind == "multiple":
            assert len(question.options) >= 3, where
            assert correct >= 2, where
        elif question.kind == "true_false":
            assert question.options == (), where
            assert isinstance(question.answer, bool), where
        elif question.kind == "order":
            assert len(question.options) >= 3, where
            texts = [option.text for option in question.options]
            assert len(set(texts)) == len(texts), where
        else:
            pytest.fail(f"unknown question kind {question.kind}: {where}")
        assert all(option.text.strip() for option in question.options), where


@pytest.mark.parametrize("course", content.COURSES, ids=lambda course: course.slug)
def test_screenshots_circle_one_of_their_lines(course):
    for screen in screens_of(course):
        assert screen.lines, screen
        if screen.highlight is not None:
            assert 0 <= screen.highlight < len(screen.lines), screen


def test_there_is_one_path_per_target_group_ending_in_a_quiz_of_its_courses():
    assert sorted(path.target_group for path in content.PATHS) == sorted(TARGET_GROUPS)
    courses = {course.slug: course for course in content.COURSES}
    for path in content.PATHS:
        assert path.courses, path.slug
        assert set(path.courses) <= set(courses), path.slug
        assert len(set(path.courses)) == len(path.courses), path.slug
        course_slug, quiz_slug = path.final_quiz
        assert course_slug in path.courses, path.slug
        assert quiz_slug in {quiz.slug for quiz in quizzes(courses[course_slug])}, path.slug


def test_texts_are_vietnamese_without_placeholders():
    texts = list(all_prose())
    assert texts
    for where, text in texts:
        assert not PLACEHOLDERS.search(text), (where, text)
        # Every sentence-long text is Vietnamese; short labels ("Wi-Fi", "Zalo") may not be.
        if len(text.split()) >= 5:
            assert VIETNAMESE.search(text), (where, text)


# Screenshots.


SAMPLE_SCREENS = [
    types.Screen("android-home", "Màn hình chính", ("Cài đặt", "VNeID", "Zalo", "Máy ảnh"), 1),
    types.Screen("settings-list", "Cài đặt", ("Wi-Fi", "Màn hình", "Cỡ chữ"), 2),
    types.Screen("vneid-login", "VNeID", ("Số định danh cá nhân", "Mật khẩu", "Đăng nhập"), 2),
    types.Screen("zalo-chat", "Tổ dân phố 5", ("Mai họp lúc 8 giờ nhé.", "Vâng ạ."), 0),
    types.Screen("scam-sms", "Tin nhắn", ("Mẹ: Con về chưa?", "Ngân hàng: Tài khoản bị khoá"), 1),
    types.Screen("dvc-search", "Trình duyệt", ("dichvucong.gov.vn", "Đăng ký khai sinh"), 1),
    types.Screen("bank-transfer", "Chuyển tiền", ("Số tiền: 150.000 đ", "Xác nhận"), 1),
    types.Screen("qr-pay", "Quét mã QR", ("Đưa mã QR vào khung",), 0),
    types.Screen("zalo-meeting", "Họp thôn", ("Trưởng thôn", "Chị Lan", "Bạn"), 2),
    types.Screen("sheets-sheet", "Bảng tính", ("Họ tên | Lớp", "Lò Thị Mai | 7A"), 1),
    types.Screen("zalo-sheet", "Zalo", ("Cho phép dùng máy ảnh?", "Cho phép", "Không"), 1),
    types.Screen("bank-home", "Ngân hàng", ("Chuyển tiền", "Quét QR", "Hoá đơn"), 0),
    types.Screen("bank-form", "Chuyển tiền", ("Số tiền: 150.000 đ", "••••", "Tiếp tục"), 2),
    types.Screen("store-document", "Văn bản", ("ĐƠN ĐỀ NGHỊ", "Kính gửi: UBND xã", "Ký số"), 2),
]


@pytest.mark.parametrize(
    ("kind", "family"),
    [
        ("android-home", "home"),
        ("settings-list", "list"),
        ("settings-form", "form"),
        ("settings-password", "form"),
        ("vneid-login", "form"),
        ("zalo-chat", "chat"),
        ("zalo-sheet", "sheet"),
        ("scam-sms", "sms"),
        ("dvc-search", "browser"),
        ("bank-transfer", "payment"),
        ("qr-pay", "qr"),
        ("zalo-meeting", "meeting"),
        ("store-document", "document"),
        ("something-unknown", "list"),
    ],
)
def test_screen_kinds_map_to_a_drawing_family(kind, family):
    assert screens.family_of(kind) == family


@pytest.mark.parametrize("screen", SAMPLE_SCREENS, ids=lambda screen: screen.kind)
def test_screenshots_are_same_every_time_phone_sized_webp(screen):
    data = screens.screenshot(screen)
    assert data == screens.screenshot(screen)
    picture = PillowImage.open(io.BytesIO(data))
    assert picture.format == "WEBP"
    assert picture.size == (screens.WIDTH * screens.SCALE, screens.HEIGHT * screens.SCALE)
    assert len(data) < 80_000


def test_every_content_screenshot_draws():
    for course in content.COURSES:
        for screen in screens_of(course):
            assert screens.screenshot(screen)[:4] == b"RIFF"


# Seeding into the database.


SMALL_COURSE = types.Course(
    slug="lam-quen-thu",
    title="Làm quen thử với điện thoại",
    summary="Một khoá học nhỏ để kiểm tra việc tạo trang.",
    description="Dành cho người mới. Học xong bạn mở được ứng dụng Cài đặt.",
    level=1,
    competences=("1.1", "4.2"),
    target_groups=("adults",),
    image=types.Illustration(theme="phone", alt="Người dân cầm điện thoại thông minh"),
    modules=(
        types.Module(
            slug="chuong-mot",
            title="Chương một",
            summary="Những thao tác đầu tiên.",
            items=(
                types.Lesson(
                    slug="mo-cai-dat",
                    title="Mở ứng dụng Cài đặt",
                    summary="Tìm và mở ứng dụng Cài đặt.",
                    minutes=4,
                    body=[
                        ("heading", "Tìm biểu tượng"),
                        ("paragraph", "<p>Biểu tượng hình <b>bánh răng</b> là Cài đặt.</p>"),
                        ("paragraph", "Chạm nhẹ một lần & chờ một chút."),
                        ("list", ["Chạm nhẹ", "Không giữ lâu <b>quá</b>"]),
                        (
                            "steps",
                            [
                                types.Step(
                                    "Mở Cài đặt",
                                    "Chạm vào biểu tượng bánh răng.",
                                    types.Screen(
                                        "android-home", "Màn hình chính", ("Zalo", "Cài đặt"), 1
                                    ),
                                ),
                                types.Step("Đọc các mục", "Vuốt lên để xem thêm."),
                            ],
                        ),
                        ("tip", types.Tip("warning", "Đừng cài ứng dụng lạ.")),
                        ("image", types.Illustration("elderly", "Bà cụ học dùng điện thoại")),
                        (
                            "check",
                            types.Question(
                                "true_false", "Cài đặt có biểu tượng bánh răng.", answer=True
                            ),
                        ),
                    ],
                ),
                types.Quiz(
                    slug="kiem-tra-cuoi",
                    title="Bài kiểm tra cuối",
                    intro="Đúng 70% là đạt.",
                    max_attempts=3,
                    time_limit_minutes=8,
                    questions=(
                        types.Question(
                            "single",
                            "Ai được hỏi mã OTP của bạn?",
                            (
                                types.Option("Không ai cả", True, "Đúng: OTP là bí mật."),
                                types.Option("Nhân viên ngân hàng", False, "Sai."),
                            ),
                            explanation="Không đưa OTP cho ai.",
                        ),
                        types.Question(
                            "multiple",
                            "Dấu hiệu lừa đảo?",
                            (
                                types.Option("Đường link lạ", True),
                                types.Option("Giục chuyển tiền", True),
                                types.Option("Tên người quen", False),
                            ),
                        ),
                        types.Question("true_false", "OTP có thể cho người thân.", answer=False),
                        types.Question(
                            "order",
                            "Sắp xếp các bước.",
                            (
                                types.Option("Mở ứng dụng"),
                                types.Option("Đăng nhập"),
                                types.Option("Chọn dịch vụ"),
                            ),
                        ),
                    ),
                ),
            ),
        ),
    ),
)
SMALL_PATH = types.LearningPath(
    slug="lo-trinh-thu",
    title="Lộ trình thử cho người dân",
    target_group="adults",
    description="Học xong khoá thử.",
    courses=("lam-quen-thu",),
    final_quiz=("lam-quen-thu", "kiem-tra-cuoi"),
    extra={"title_en": "Trial path"},
)


def _tiny_png(*args: Any, **kwargs: Any) -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (32, 18), (40, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()


def _tiny_webp(*args: Any, **kwargs: Any) -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (36, 64), (240, 240, 240)).save(buffer, "WEBP")
    return buffer.getvalue()


def _prepare_site() -> None:
    build_site()
    campaign_services.ensure_default_target_groups()
    assessment_framework.import_framework()


@pytest.fixture
def small_content(db, settings, tmp_path):
    """The site, target groups and framework, with SMALL_COURSE and SMALL_PATH as the content;
    illustrations are tiny (they take most of the time), screenshots are drawn."""
    settings.MEDIA_ROOT = tmp_path
    _prepare_site()
    with (
        mock.patch.object(learning_seed.news_media, "illustration", _tiny_png),
        mock.patch.object(content, "COURSES", (SMALL_COURSE,)),
        mock.patch.object(content, "PATHS", (SMALL_PATH,)),
    ):
        yield


@pytest.fixture
def without_scorm():
    with mock.patch.object(learning_seed, "_scorm_course", return_value=0):
        yield


def test_seeding_builds_the_catalogue_course_lessons_quiz_and_path(small_content, without_scorm):
    out = io.StringIO()
    summary = learning_seed.seed_learning(stdout=out)
    # Catalogue, course, module, lesson, quiz; a cover, an illustration and a screenshot.
    assert (summary.pages_created, summary.images_created, summary.paths_created) == (5, 3, 1)
    assert "lam-quen-thu: 4 pages, 3 images created" in out.getvalue()
    catalog = CatalogPage.objects.get()
    assert (catalog.slug, catalog.title, catalog.live) == ("hoc", "Học tập", True)
    assert catalog.get_parent().specific_class.__name__ == "HomePage"
    course = CoursePage.objects.get(slug="lam-quen-thu")
    assert course.live
    assert course.duration_minutes == 4 + 8
    assert sorted(course.competences.values_list("code", flat=True)) == ["1.1", "4.2"]
    assert list(course.target_groups.values_list("code", flat=True)) == ["adults"]
    assert course.description == (
        "<p>Dành cho người mới. Học xong bạn mở được ứng dụng Cài đặt.</p>"
    )
    assert course.image.collection.name == learning_seed.COLLECTION_NAME
    assert course.image_alt == "Người dân cầm điện thoại thông minh"
    quiz = QuizPage.objects.get(slug="kiem-tra-cuoi")
    assert (quiz.max_attempts, quiz.time_limit_minutes, quiz.pass_mark_percent) == (3, 8, 70)
    assert quiz.shuffle_questions
    assert quiz.shuffle_options
    path = LearningPath.objects.get(slug="lo-trinh-thu")
    assert (path.target_group.code, path.final_quiz, path.title_en) == (
        "adults",
        quiz,
        "Trial path",
    )
    assert [row.course for row in path.path_courses.all()] == [course]
    assert all(page.live and not page.has_unpublished_changes for page in Page.objects.all())


def test_lesson_blocks_become_stream_data_with_images(small_content, without_scorm):
    learning_seed.seed_learning()
    lesson = LessonPage.objects.get(slug="mo-cai-dat")
    raw = list(lesson.body.raw_data)
    assert [block["type"] for block in raw] == [
        "heading", "paragraph", "paragraph", "paragraph", "steps", "tip", "image", "check",
    ]  # fmt: skip
    assert raw[1]["value"] == "<p>Biểu tượng hình <b>bánh răng</b> là Cài đặt.</p>"
    assert raw[2]["value"] == "<p>Chạm nhẹ một lần &amp; chờ một chút.</p>"
    assert (
        raw[3]["value"] == "<ul><li>Chạm nhẹ</li><li>Không giữ lâu &lt;b&gt;quá&lt;/b&gt;</li></ul>"
    )
    assert raw[4]["value"]["heading"] == ""
    assert {step["type"] for step in raw[4]["value"]["steps"]} == {"item"}
    steps = [step["value"] for step in raw[4]["value"]["steps"]]
    screenshot = Image.objects.get(pk=steps[0]["image"])
    assert (screenshot.width, screenshot.height) == (720, 1280)
    assert steps[1]["image"] is None
    assert raw[5]["value"] == {"kind": "warning", "text": "<p>Đừng cài ứng dụng lạ.</p>"}
    assert raw[6]["value"]["alt_text"] == "Bà cụ học dùng điện thoại"
    assert raw[7]["value"]["kind"] == "true_false"
    assert raw[7]["value"]["answer"] is True


def test_a_second_run_creates_nothing(small_content, without_scorm):
    learning_seed.seed_learning()
    counts = (Page.objects.count(), Image.objects.count(), LearningPath.objects.count())
    summary = learning_seed.seed_learning()
    assert (summary.pages_created, summary.images_created, summary.paths_created) == (0, 0, 0)
    assert (Page.objects.count(), Image.objects.count(), LearningPath.objects.count()) == counts


def test_seeding_imports_the_two_scorm_samples_into_a_course_of_their_own(small_content):
    first = learning_seed.seed_learning()
    again = learning_seed.seed_learning()
    assert (first.scorm_packages_imported, again.scorm_packages_imported) == (2, 0)
    assert again.pages_created == 0
    course = CoursePage.objects.get(slug=learning_seed.SCORM_COURSE_SLUG)
    assert course.title == "Bài học tương tác (SCORM)"
    assert sorted(course.scorm_packages.values_list("version", flat=True)) == ["1.2", "2004"]
    assert ScormLessonPage.objects.descendant_of(course).live().count() >= 2


def test_seeding_needs_the_home_page(db):
    with pytest.raises(LookupError, match="No home page"):
        learning_seed.seed_learning()


def test_quiz_questions_round_trip_through_the_domain(small_content, without_scorm):
    learning_seed.seed_learning()
    quiz = QuizPage.objects.get(slug="kiem-tra-cuoi")
    stored = questions_from_stream(quiz.questions.raw_data)
    assert_same_questions(stored, quizzes(SMALL_COURSE)[0].questions)


def assert_same_questions(stored, written):
    assert len(stored) == len(written)
    assert len({question.id for question in stored}) == len(stored)
    for got, question in zip(stored, written, strict=True):
        assert got.id
        assert (got.kind, got.prompt, got.explanation) == (
            question.kind, question.prompt, question.explanation,
        )  # fmt: skip
        assert [(o.text, o.is_correct, o.feedback) for o in got.options] == [
            (o.text, o.is_correct, o.feedback) for o in question.options
        ]
        assert got.answer == (question.answer if question.kind == "true_false" else None)


def test_the_small_course_lesson_renders_for_visitors(small_content, client):
    learning_seed.seed_learning()
    for page in [*LessonPage.objects.all(), *QuizPage.objects.all()]:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
    response = client.get(LessonPage.objects.get().url)
    assert "Biểu tượng hình <b>bánh răng</b>" in response.content.decode()


@pytest.fixture(scope="module")
def seeded_content(django_db_setup, django_db_blocker, tmp_path_factory):
    """The real demo content seeded once (pictures stubbed: HTML is what is checked here),
    rolled back at the end."""
    media_root = tmp_path_factory.mktemp("media")
    with (
        django_db_blocker.unblock(),
        transaction.atomic(),
        override_settings(MEDIA_ROOT=str(media_root)),
    ):
        _prepare_site()
        with (
            mock.patch.object(learning_seed.news_media, "illustration", _tiny_png),
            mock.patch.object(learning_seed.screens, "screenshot", _tiny_webp),
        ):
            first = learning_seed.seed_learning()
        yield first
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_the_demo_content_becomes_one_page_per_course_module_and_item(seeded_content):
    for course in content.COURSES:
        page = CoursePage.objects.get(slug=course.slug)
        assert page.live
        assert page.duration_minutes == learning_seed.course_minutes(course)
        modules = ModulePage.objects.child_of(page)
        assert [m.slug for m in modules] == [m.slug for m in course.modules]
        for module, module_page in zip(course.modules, modules, strict=True):
            children = Page.objects.child_of(module_page)
            assert [c.slug for c in children] == [item.slug for item in module.items]
    assert LearningPath.objects.count() == len(content.PATHS)
    for path in content.PATHS:
        learning_path = LearningPath.objects.get(slug=path.slug)
        assert learning_path.final_quiz is not None
        assert learning_path.final_quiz.slug == path.final_quiz[1]
        assert [row.course.slug for row in learning_path.path_courses.all()] == list(path.courses)


@pytest.mark.django_db
def test_the_demo_content_seeds_only_once(seeded_content):
    before = Page.objects.count()
    again = learning_seed.seed_learning()
    assert (again.pages_created, again.images_created, again.paths_created) == (0, 0, 0)
    assert Page.objects.count() == before


@pytest.mark.django_db
def test_every_demo_lesson_and_quiz_renders_small_for_visitors(seeded_content):
    client = Client()
    pages = [*LessonPage.objects.live(), *QuizPage.objects.live()]
    assert len(pages) >= sum(
        len(module.items) for course in content.COURSES for module in course.modules
    )
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        size = len(gzip.compress(response.content))
        assert size < MAX_LESSON_PAGE_GZIP_BYTES, (page.url, size)


@pytest.mark.django_db
def test_demo_quiz_questions_round_trip_through_the_domain(seeded_content):
    for course in content.COURSES:
        course_page = CoursePage.objects.get(slug=course.slug)
        for quiz in quizzes(course):
            page = QuizPage.objects.descendant_of(course_page).get(slug=quiz.slug)
            assert_same_questions(questions_from_stream(page.questions.raw_data), quiz.questions)
