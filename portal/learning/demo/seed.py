"""Build the demo courses from content/: the catalogue, courses, modules, lessons, quizzes,
learning paths and a course of SCORM samples.

Idempotent: pages are looked up by slug under their parent, images by title and paths by slug,
so a second run creates nothing; a course whose content grew gets only the missing pages.
"""

import hashlib
import html
import io
import re
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Page, Site

from portal.assessment.models import Competence
from portal.campaign.models import TargetGroup
from portal.learning.demo import content, scorm_samples
from portal.learning.demo.content import types
from portal.learning.demo.media import screens
from portal.learning.models import (
    CatalogPage,
    CoursePage,
    LearningPath,
    LessonPage,
    ModulePage,
    PathCourse,
    QuizPage,
)
from portal.learning.services import scorm as scorm_services
from portal.news.demo import media as news_media
from portal.news.models import HomePage

CATALOG_SLUG = "hoc"
CATALOG_TITLE = "Học tập"
CATALOG_INTRO = (
    "Các khoá học miễn phí của phong trào “Bình dân học vụ số”: từ cầm chiếc điện thoại thông "
    "minh lần đầu, dùng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt đến giữ an "
    "toàn trên mạng. Mỗi bài học ngắn, có hình minh hoạ từng bước và câu hỏi tự kiểm tra; "
    "học xong lộ trình của nhóm mình và làm bài kiểm tra cuối lộ trình để được ghi nhận đã "
    "đạt kỹ năng số cơ bản."
)
COLLECTION_NAME = "Học tập: ảnh bìa, minh hoạ và ảnh màn hình"
SCORM_COURSE_SLUG = "bai-hoc-tuong-tac-scorm"
SCORM_COURSE_TITLE = "Bài học tương tác (SCORM)"
SCORM_COURSE_SUMMARY = (
    "Hai bài học tương tác mẫu đóng gói theo chuẩn SCORM 1.2 và SCORM 2004: học ngay trên "
    "trình duyệt, kết quả được ghi lại như các bài học khác."
)
SCORM_COURSE_DESCRIPTION = (
    "<p>Khoá học này giới thiệu cách cổng học tập chạy các gói bài giảng điện tử theo chuẩn "
    "SCORM do giáo viên và cơ quan soạn bằng phần mềm soạn bài giảng. Mỗi gói là một bài học "
    "tương tác; tiến độ và điểm của bạn được lưu lại.</p>"
)
SCORM_COURSE_MINUTES = 20
# Large enough for the widest place a picture is shown (a lesson at 46em, 800 px renditions),
# small enough to draw fast: 960 x 540 takes a third of the news' 1600 x 900.
ILLUSTRATION_SIZE = (960, 540)
# Renditions made now so that the first visitor of a page does not wait for them: every cover
# (the catalogue shows them all at once), and for lesson pictures the size phones pick from
# the srcset (90-100vw at 2x). The other sizes, for desktops, are made on first view: making
# them here too would double the seeding time.
COVER_RENDITIONS = ("fill-320x180|format-webp", "fill-640x360|format-webp")
ILLUSTRATION_RENDITIONS = ("width-800|format-webp",)
SCREEN_RENDITIONS = ("width-720|format-webp",)
# Quizzes have no reading time in the content: about a minute a question, five at least.
QUIZ_MINUTES_PER_QUESTION = 1
QUIZ_MIN_MINUTES = 5
_RICH_TAGS = re.compile(r"</?(?:b|i|a|strong|em|br)\b", re.IGNORECASE)


class Writer(Protocol):
    def write(self, text: str, /) -> Any: ...


@dataclass(frozen=True, slots=True)
class LearningSeedSummary:
    pages_created: int
    images_created: int
    paths_created: int
    scorm_packages_imported: int
    seconds: float


@dataclass
class _Seeding:
    """One run: the learning collection's images by title (loaded once, new ones drawn on
    demand) and what the run created."""

    collection: Collection
    by_title: dict[str, Image]
    pages_created: int = 0
    images_created: int = 0

    def get(self, title: str, draw: Any, file_name: str, renditions: Iterable[str]) -> Image:
        image = self.by_title.get(title)
        if image is None:
            data: bytes = draw()
            image = Image(
                title=title,
                collection=self.collection,
                file=ImageFile(io.BytesIO(data), name=file_name),
            )
            image.save()
            if renditions:
                image.get_renditions(*renditions)
            self.by_title[title] = image
            self.images_created += 1
        return image

    def illustration(self, picture: types.Illustration, key: str, *, cover: bool = False) -> Image:
        kind = "Ảnh bìa" if cover else "Minh hoạ"
        title = f"{kind}: {picture.alt[:160]} [{key}]"
        width, height = ILLUSTRATION_SIZE
        return self.get(
            title,
            lambda: news_media.illustration(picture.theme, seed=key, width=width, height=height),
            f"{key.replace('/', '-')}.png",
            COVER_RENDITIONS if cover else ILLUSTRATION_RENDITIONS,
        )

    def screenshot(self, screen: types.Screen) -> Image:
        digest = hashlib.sha256(repr(screen).encode("utf-8")).hexdigest()[:10]
        title = f"Ảnh màn hình: {screen.title[:120]} [{digest}]"
        return self.get(
            title,
            lambda: screens.screenshot(screen),
            f"man-hinh-{digest}.webp",
            SCREEN_RENDITIONS,
        )


def seed_learning(*, stdout: Writer | None = None) -> LearningSeedSummary:
    """Create the demo catalogue, courses, lessons, quizzes and learning paths if missing."""
    started = time.perf_counter()
    home = _home_page()
    collection = _collection(COLLECTION_NAME)
    run = _Seeding(
        collection=collection,
        by_title={image.title: image for image in Image.objects.filter(collection=collection)},
    )
    with transaction.atomic():
        catalog, is_new = _catalog(home)
        run.pages_created += int(is_new)
    competences = {c.code: c for c in Competence.objects.all()}
    groups = {group.code: group for group in TargetGroup.objects.all()}
    for course in content.COURSES:
        course_started = time.perf_counter()
        before = (run.pages_created, run.images_created)
        with transaction.atomic():
            _course(catalog, course, run, competences, groups)
        if stdout is not None:
            pages, drawn = run.pages_created - before[0], run.images_created - before[1]
            stdout.write(
                f"  {course.slug}: {pages} pages, {drawn} images created "
                f"({time.perf_counter() - course_started:.1f} s)\n"
            )
    with transaction.atomic():
        paths = _paths(catalog, content.PATHS, groups)
    scorm_imported = _scorm_course(catalog, run)
    return LearningSeedSummary(
        pages_created=run.pages_created,
        images_created=run.images_created,
        paths_created=paths,
        scorm_packages_imported=scorm_imported,
        seconds=time.perf_counter() - started,
    )


def _home_page() -> HomePage:
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is None:
        msg = "No home page: seed the news site before the courses."
        raise LookupError(msg)
    return home


def _collection(name: str) -> Collection:
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def _publish(page: Page) -> None:
    page.save_revision().publish()


def _catalog(home: HomePage) -> tuple[CatalogPage, bool]:
    # CatalogPage.max_count is 1: an existing catalogue is used wherever an editor put it.
    catalog = CatalogPage.objects.first()
    if catalog is not None:
        return catalog, False
    catalog = CatalogPage(title=CATALOG_TITLE, slug=CATALOG_SLUG, intro=CATALOG_INTRO)
    home.add_child(instance=catalog)
    _publish(catalog)
    return catalog, True


def _child(parent: Page, model: type[Page], slug: str) -> Any:
    return model.objects.child_of(parent).filter(slug=slug).first()


def _rich(text: str) -> str:
    """One paragraph of rich text from content text (plain, or HTML with inline tags)."""
    text = text.strip()
    if text.startswith("<"):
        return text
    return f"<p>{text if _RICH_TAGS.search(text) else html.escape(text)}</p>"


def course_minutes(course: types.Course) -> int:
    """A course's estimated minutes: its lessons' reading time and its quizzes' length."""
    return sum(_item_minutes(item) for module in course.modules for item in module.items)


def _item_minutes(item: types.Lesson | types.Quiz) -> int:
    if isinstance(item, types.Lesson):
        return item.minutes
    if item.time_limit_minutes:
        return item.time_limit_minutes
    return max(QUIZ_MIN_MINUTES, QUIZ_MINUTES_PER_QUESTION * len(item.questions))


def _course(
    catalog: CatalogPage,
    course: types.Course,
    run: _Seeding,
    competences: dict[str, Competence],
    groups: dict[str, TargetGroup],
) -> None:
    page = _child(catalog, CoursePage, course.slug)
    if page is None:
        missing = [code for code in course.competences if code not in competences]
        missing += [code for code in course.target_groups if code not in groups]
        if missing:
            msg = f"{course.slug}: unknown competence or target group codes {missing}"
            raise LookupError(msg)
        description = "".join(
            _rich(part) for part in course.description.split("\n\n") if part.strip()
        )
        page = CoursePage(
            title=course.title,
            slug=course.slug,
            summary=course.summary,
            description=description,
            image=run.illustration(course.image, course.slug, cover=True),
            image_alt=course.image.alt[:250],
            level=course.level,
            duration_minutes=course_minutes(course),
            language=course.language,
        )
        catalog.add_child(instance=page)
        page.competences.set([competences[code] for code in course.competences])
        page.target_groups.set([groups[code] for code in course.target_groups])
        _publish(page)
        run.pages_created += 1
    for module in course.modules:
        module_page = _child(page, ModulePage, module.slug)
        if module_page is None:
            module_page = ModulePage(title=module.title, slug=module.slug, summary=module.summary)
            page.add_child(instance=module_page)
            _publish(module_page)
            run.pages_created += 1
        for item in module.items:
            if Page.objects.child_of(module_page).filter(slug=item.slug).exists():
                continue
            key = f"{course.slug}/{item.slug}"
            lesson: Page
            if isinstance(item, types.Lesson):
                lesson = LessonPage(
                    title=item.title,
                    slug=item.slug,
                    summary=item.summary,
                    duration_minutes=item.minutes,
                    body=lesson_stream(item.body, run=run, key=key),
                )
            else:
                lesson = QuizPage(
                    title=item.title,
                    slug=item.slug,
                    intro=item.intro,
                    duration_minutes=_item_minutes(item),
                    questions=quiz_stream(item.questions, key=key),
                    pass_mark_percent=item.pass_mark_percent,
                    max_attempts=item.max_attempts,
                    time_limit_minutes=item.time_limit_minutes,
                    shuffle_questions=True,
                    shuffle_options=True,
                )
            module_page.add_child(instance=lesson)
            _publish(lesson)
            run.pages_created += 1


def _block_id(key: str, index: int) -> str:
    """A stable block id, so a reseeded quiz keeps its question ids."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"bdhvs-demo/{key}#{index}"))


def _items(values: Iterable[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """ListBlock data in Wagtail's current shape: each item with its own id."""
    return [
        {"type": "item", "value": value, "id": _block_id(key, index)}
        for index, value in enumerate(values)
    ]


def question_value(question: types.Question, *, key: str) -> dict[str, Any]:
    """A QuestionBlock value from a content question."""
    return {
        "kind": question.kind,
        "prompt": question.prompt,
        "options": _items(
            (
                {"text": option.text, "is_correct": option.is_correct, "feedback": option.feedback}
                for option in question.options
            ),
            f"{key}/options",
        ),
        "answer": bool(question.answer),
        "explanation": question.explanation,
    }


def quiz_stream(questions: Iterable[types.Question], *, key: str) -> list[dict[str, Any]]:
    """QuizPage.questions stream data from content questions."""
    return [
        {
            "type": "question",
            "value": question_value(question, key=f"{key}/{index}"),
            "id": _block_id(key, index),
        }
        for index, question in enumerate(questions)
    ]


def lesson_stream(body: Iterable[types.Block], *, run: _Seeding, key: str) -> list[dict[str, Any]]:
    """LessonPage.body stream data from content blocks; pictures become Wagtail images."""
    blocks: list[dict[str, Any]] = []
    for index, (kind, raw) in enumerate(body):
        value: Any
        if kind == "heading":
            value = str(raw)
        elif kind == "paragraph":
            value = _rich(str(raw))
        elif kind == "list":
            items = "".join(f"<li>{html.escape(str(item))}</li>" for item in raw)  # type: ignore[attr-defined]
            kind, value = "paragraph", f"<ul>{items}</ul>"
        elif kind == "steps":
            value = {
                "heading": "",
                "steps": _items(
                    (
                        {
                            "title": step.title,
                            "text": _rich(step.text),
                            "image": run.screenshot(step.screen).pk if step.screen else None,
                        }
                        for step in raw  # type: ignore[attr-defined]
                    ),
                    f"{key}/{index}/steps",
                ),
            }
        elif kind == "tip":
            assert isinstance(raw, types.Tip)  # noqa: S101 - content shape, checked by tests
            value = {"kind": raw.kind, "text": _rich(raw.text)}
        elif kind == "image":
            assert isinstance(raw, types.Illustration)  # noqa: S101
            picture = run.illustration(raw, f"{key}-{index}")
            value = {"image": picture.pk, "alt_text": raw.alt[:250], "caption": raw.caption}
        elif kind == "check":
            assert isinstance(raw, types.Question)  # noqa: S101
            value = question_value(raw, key=f"{key}/{index}")
        else:
            msg = f"{key}: unknown block kind {kind!r}"
            raise ValueError(msg)
        blocks.append({"type": kind, "value": value, "id": _block_id(key, index)})
    return blocks


def _paths(
    catalog: CatalogPage, paths: Iterable[types.LearningPath], groups: dict[str, TargetGroup]
) -> int:
    created = 0
    courses = {page.slug: page for page in CoursePage.objects.child_of(catalog)}
    for order, path in enumerate(paths):
        if LearningPath.objects.filter(slug=path.slug).exists():
            continue
        course_slug, quiz_slug = path.final_quiz
        missing = sorted({course_slug, *path.courses} - set(courses))
        if missing:
            msg = f"{path.slug}: no course pages {missing}"
            raise LookupError(msg)
        final_quiz = (
            QuizPage.objects.descendant_of(courses[course_slug]).filter(slug=quiz_slug).first()
        )
        learning_path = LearningPath(
            slug=path.slug,
            title=path.title,
            title_en=path.extra.get("title_en", ""),
            target_group=groups[path.target_group],
            description=path.description,
            final_quiz=final_quiz,
            sort_order=order,
        )
        learning_path.path_courses = [  # type: ignore[assignment]
            PathCourse(course=courses[slug], sort_order=number)
            for number, slug in enumerate(path.courses)
        ]
        learning_path.save()
        created += 1
    return created


def _scorm_course(catalog: CatalogPage, run: _Seeding) -> int:
    """The two sample SCORM packages, imported into a course of their own."""
    imported = 0
    with transaction.atomic():
        course = _child(catalog, CoursePage, SCORM_COURSE_SLUG)
        if course is None:
            picture = types.Illustration(
                theme="classroom",
                alt="Học sinh học bài giảng điện tử tương tác trên máy tính bảng",
            )
            course = CoursePage(
                title=SCORM_COURSE_TITLE,
                slug=SCORM_COURSE_SLUG,
                summary=SCORM_COURSE_SUMMARY,
                description=SCORM_COURSE_DESCRIPTION,
                image=run.illustration(picture, SCORM_COURSE_SLUG, cover=True),
                image_alt=picture.alt,
                level=1,
                duration_minutes=SCORM_COURSE_MINUTES,
                issues_certificate=False,
            )
            catalog.add_child(instance=course)
            _publish(course)
            run.pages_created += 1
        for file_name, build in (
            ("mau-scorm-12.zip", scorm_samples.build_scorm12_package),
            ("mau-scorm-2004.zip", scorm_samples.build_scorm2004_package),
        ):
            # The import finds a package already imported into the course by its SHA-256.
            result = scorm_services.import_package(data=build(), filename=file_name, course=course)
            if result.created:
                imported += 1
                run.pages_created += 1 + len(result.lessons)
    return imported
