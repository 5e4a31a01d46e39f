"""Types and small helpers shared by the demo content modules."""

from dataclasses import dataclass, field
from datetime import date

Block = tuple[str, object]
# block kinds: ("heading", str) ; ("paragraph", str)  -- paragraph is a small HTML fragment using
#              only <p>,<b>,<i>,<a href>, one <p> per block;
#              ("list", list[str]) ; ("steps", list[tuple[str, str]])  -- (step title, step
#              explanation) ; ("quote", tuple[str, str])  -- (quote, who said it)


@dataclass(frozen=True, slots=True)
class DemoArticle:
    section: str  # "policies" | "activities" | "practices" | "platforms"
    slug: str  # ascii lowercase words joined by "-", no diacritics, unique, <= 60 chars
    title: str
    summary: str  # 1-2 sentences, <= 260 chars
    body: list[Block]
    published_on: date
    author_unit: str  # e.g. "Sở Khoa học và Công nghệ", "UBND xã ...", "Báo Yên Bái"
    tags: list[str]  # 2-4 short Vietnamese tags, shared across articles
    image_theme: str  # classroom|phone|meeting|village|office|market|security|school|farm|elderly
    image_alt: str  # Vietnamese alt text describing the illustration
    unit_codes: list[str] = field(default_factory=list)  # GSO codes, required for "activities"
    # policies only:
    document_number: str = ""
    document_type: str = ""  # "Kế hoạch", "Quyết định", "Chỉ thị", "Thông tư", "Nghị quyết", ...
    issuing_body: str = ""
    issued_on: date | None = None
    document_text: list[str] = field(default_factory=list)  # 4-8 paragraphs of the document
    # platforms only (a directory entry of a real Vietnamese public digital platform/service):
    platform_name: str = ""
    platform_url: str = ""  # the real official https URL
    audience: str = ""  # who it serves, plain words
    category: str = ""  # "Dịch vụ công", "Định danh điện tử", "Y tế", "Giáo dục", ...


def _h(text: str) -> Block:
    """A section heading inside an article body."""
    return ("heading", text)


def _p(html: str) -> Block:
    """One paragraph; ``html`` may contain <b>, <i> and <a href> only."""
    return ("paragraph", f"<p>{html}</p>")


def _list(*items: str) -> Block:
    """A bulleted list of short plain-text items."""
    return ("list", list(items))


def _steps(*steps: tuple[str, str]) -> Block:
    """Numbered how-to steps as (title, explanation) pairs."""
    return ("steps", list(steps))


def _quote(text: str, who: str) -> Block:
    """A pull quote and the person (with role) who said it."""
    return ("quote", (text, who))


# Shared tags, reused across articles so that "related articles" can be computed.
TAG_DOCS = "Văn bản chỉ đạo"
TAG_SKILLS = "Kỹ năng số"
TAG_VNEID = "VNeID"
TAG_PUBLIC_SERVICES = "Dịch vụ công trực tuyến"
TAG_SCAM = "Phòng chống lừa đảo"
TAG_ETHNIC = "Đồng bào dân tộc thiểu số"
TAG_COMMUNITY_TEAM = "Tổ công nghệ số cộng đồng"
TAG_STUDENTS = "Học sinh, sinh viên"
TAG_OFFICIALS = "Cán bộ, công chức"
TAG_ECOMMERCE = "Thương mại điện tử"
TAG_CASHLESS = "Thanh toán không dùng tiền mặt"
TAG_COMPETENCE = "Năng lực số"
TAG_ELDERLY = "Người cao tuổi"
TAG_HEALTH = "Y tế số"
TAG_WORKERS = "Hợp tác xã, doanh nghiệp"


# Headings shared by the platform directory entries.
_HOWTO = "Hướng dẫn cho người mới bắt đầu"
_WHO = "Dành cho ai?"
_SAFETY = "Lưu ý an toàn"
