"""Types of the demo learning content (courses, lessons, quizzes, learning paths).

The content modules beside this one hold data only; portal.learning.demo.seed turns it into
Wagtail pages. Every text is Vietnamese written for ordinary citizens of Yên Bái / Lào Cai.
"""

from dataclasses import dataclass, field

# A lesson body is a list of blocks, each (kind, value):
#   ("heading", str)                      a section heading
#   ("paragraph", str)                    one <p>…</p> HTML fragment; only <b>, <i>, <a href>
#   ("list", list[str])                   a bulleted list of short plain-text items
#   ("steps", list[Step])                 a numbered how-to with optional screenshots
#   ("tip", Tip)                          a highlighted box: tip, warning or remember
#   ("image", Illustration)               an illustration with alt text and caption
#   ("check", Question)                   a knowledge check inside the lesson (not graded)
Block = tuple[str, object]


@dataclass(frozen=True, slots=True)
class Screen:
    """A generated phone screenshot: which app screen to draw and what it shows.

    ``kind`` names a drawing in portal.learning.demo.media.screens (e.g. "vneid-login",
    "bank-transfer", "scam-sms", "dvc-search", "settings-password", "qr-pay", "zalo-chat").
    ``title`` is the app bar text; ``lines`` the visible labels/fields, top to bottom;
    ``highlight`` the 0-based index of the line to circle (the thing the step asks to tap).
    """

    kind: str
    title: str
    lines: tuple[str, ...]
    highlight: int | None = None


@dataclass(frozen=True, slots=True)
class Step:
    title: str  # short imperative: "Mở ứng dụng VNeID"
    text: str  # one or two plain sentences explaining the step
    screen: Screen | None = None


@dataclass(frozen=True, slots=True)
class Tip:
    kind: str  # "tip" | "warning" | "remember"
    text: str  # one or two plain sentences


@dataclass(frozen=True, slots=True)
class Illustration:
    theme: str  # a theme of portal.news.demo.media.illustration (classroom, phone, security…)
    alt: str  # Vietnamese alt text describing the picture
    caption: str = ""


@dataclass(frozen=True, slots=True)
class Option:
    text: str
    is_correct: bool = False
    feedback: str = ""  # shown after answering: why this option is right or wrong


@dataclass(frozen=True, slots=True)
class Question:
    """A quiz question or an in-lesson knowledge check.

    kind "single": exactly one correct option; "multiple": two or more correct options (scored
    all-or-nothing); "true_false": ``options`` is empty and ``answer`` holds the truth of the
    statement in ``prompt``; "order": ``options`` lists the steps in the correct order (the
    learner sees them shuffled), ``is_correct`` and ``feedback`` unused.
    """

    kind: str
    prompt: str
    options: tuple[Option, ...] = ()
    answer: bool | None = None  # true_false only
    explanation: str = ""  # shown after answering, whatever the answer


@dataclass(frozen=True, slots=True)
class Lesson:
    slug: str  # ascii lowercase words joined by "-", unique within its course, <= 50 chars
    title: str
    summary: str  # one sentence, <= 200 chars
    minutes: int  # estimated reading/doing time, 3-10
    body: list[Block]


@dataclass(frozen=True, slots=True)
class Quiz:
    slug: str
    title: str
    intro: str  # one or two sentences: what it checks, pass mark in words
    questions: tuple[Question, ...]
    pass_mark_percent: int = 70
    max_attempts: int = 0  # 0 = unlimited
    time_limit_minutes: int | None = None


@dataclass(frozen=True, slots=True)
class Module:
    slug: str
    title: str
    summary: str
    items: tuple[Lesson | Quiz, ...]


@dataclass(frozen=True, slots=True)
class Course:
    slug: str  # unique, ascii, <= 50 chars
    title: str
    summary: str  # one or two sentences for the catalogue card, <= 260 chars
    description: str  # a paragraph: who it is for, what you will be able to do
    level: int  # framework proficiency level 1-8 (basic courses are 1 or 2)
    competences: tuple[str, ...]  # framework codes, e.g. ("1.1", "4.2")
    target_groups: tuple[str, ...]  # "officials" | "students" | "adults" | "workers"
    image: Illustration
    modules: tuple[Module, ...]
    language: str = "vi"


@dataclass(frozen=True, slots=True)
class LearningPath:
    slug: str
    title: str
    target_group: str  # one target group code
    description: str  # what completing it means for the campaign
    courses: tuple[str, ...]  # course slugs, in order
    final_quiz: tuple[str, str]  # (course slug, quiz slug): the path's final quiz
    extra: dict[str, str] = field(default_factory=dict)
