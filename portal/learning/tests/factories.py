"""Course trees for tests: catalogue → course → module → lessons and quizzes."""

from typing import Any

from portal.learning.models import CatalogPage, CoursePage, LessonPage, ModulePage, QuizPage
from portal.news.tests.factories import build_site, publish


def question(
    kind: str, prompt: str, options: list[tuple[str, bool]] | None = None, **extra: Any
) -> dict:
    """A quiz question block value: options as (text, is_correct)."""
    return {
        "type": "question",
        "value": {
            "kind": kind,
            "prompt": prompt,
            "options": [
                {"text": text, "is_correct": correct, "feedback": f"Vì: {text}"}
                for text, correct in (options or [])
            ],
            "answer": extra.get("answer", False),
            "explanation": extra.get("explanation", "Giải thích."),
        },
    }


DEFAULT_QUESTIONS = [
    question(
        "single",
        "Ai được phép hỏi mã OTP của bạn?",
        [("Không ai cả", True), ("Nhân viên ngân hàng", False), ("Công an", False)],
    ),
    question("true_false", "Mật khẩu mạnh nên có ít nhất 12 ký tự.", answer=True),
    question(
        "multiple",
        "Dấu hiệu nào cho thấy tin nhắn là lừa đảo?",
        [("Đường link lạ", True), ("Giục chuyển tiền gấp", True), ("Tên người quen", False)],
    ),
    question(
        "order",
        "Sắp xếp các bước đăng nhập VNeID.",
        [("Mở ứng dụng", True), ("Nhập số định danh", True), ("Nhập mật khẩu", True)],
    ),
]


def build_catalog(site: dict[str, Any] | None = None) -> CatalogPage:
    site = site or build_site()
    catalog = CatalogPage(title="Học tập", slug="hoc", intro="Các khóa học miễn phí.")
    site["home"].add_child(instance=catalog)
    return publish(catalog)


def build_course(
    catalog: CatalogPage,
    *,
    slug: str = "an-toan-tren-mang",
    title: str = "An toàn trên mạng",
    lessons: int = 2,
    quiz: bool = True,
    **quiz_fields: Any,
) -> dict[str, Any]:
    """A published course with one module of reading lessons and (optionally) a quiz."""
    course = CoursePage(title=title, slug=slug, summary="Nhận biết lừa đảo trên mạng.", level=1)
    catalog.add_child(instance=course)
    course = publish(course)
    module = ModulePage(title="Chương 1", slug="chuong-1")
    course.add_child(instance=module)
    module = publish(module)
    built = []
    for number in range(1, lessons + 1):
        lesson = LessonPage(
            title=f"Bài {number}",
            slug=f"bai-{number}",
            summary="Tóm tắt.",
            body=[("paragraph", f"<p>Nội dung bài {number}.</p>")],
        )
        module.add_child(instance=lesson)
        built.append(publish(lesson))
    result: dict[str, Any] = {"course": course, "module": module, "lessons": built}
    if quiz:
        page = QuizPage(
            title="Bài kiểm tra",
            slug="kiem-tra",
            questions=quiz_fields.pop("questions", DEFAULT_QUESTIONS),
            shuffle_questions=False,
            shuffle_options=False,
            **quiz_fields,
        )
        module.add_child(instance=page)
        result["quiz"] = publish(page)
    return result
