"""Vietnamese-aware text folding and match highlighting, on plain strings."""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Letters whose base form is not reachable by stripping combining marks.
_SPECIAL_FOLDS = {"đ": "d", "Đ": "d", "ð": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l"}
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=8192)
def fold_char(char: str) -> str:
    """Fold one character to lower-case ASCII where possible ("Ệ" -> "e", "đ" -> "d")."""
    if char in _SPECIAL_FOLDS:
        return _SPECIAL_FOLDS[char]
    decomposed = unicodedata.normalize("NFD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return (base or char).lower()


def fold(text: str) -> str:
    """Fold text for diacritic- and case-insensitive matching ("Học vụ số" -> "hoc vu so")."""
    return "".join(fold_char(char) for char in unicodedata.normalize("NFC", text))


def index_text(text: str) -> str:
    """Folded words separated by single spaces: what the full-text index stores."""
    return " ".join(_WORD.findall(fold(text).replace("_", " ")))


def search_terms(query: str, *, max_terms: int = 12) -> list[str]:
    """Split a user query into distinct folded words, in order, at most max_terms."""
    terms: list[str] = []
    for word in _WORD.findall(fold(query)):
        if word not in terms:
            terms.append(word)
    return terms[:max_terms]


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of original text, marked when it matches a search term."""

    text: str
    is_match: bool


def _folded_with_positions(text: str) -> tuple[str, list[int]]:
    """Fold text and remember, for each folded character, where it came from in text."""
    folded: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(text):
        for out in fold_char(char):
            folded.append(out)
            positions.append(index)
    return "".join(folded), positions


def highlight(text: str, terms: list[str]) -> list[Segment]:
    """Cut text into segments, marking every word that equals one of the folded terms."""
    text = unicodedata.normalize("NFC", text)
    if not terms or not text:
        return [Segment(text, is_match=False)] if text else []
    folded, positions = _folded_with_positions(text)
    # Whole words only, as the search matches them: "tu" marks "từ" and "tử", not "tục".
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(term) for term in terms) + r")\b")
    segments: list[Segment] = []
    cursor = 0
    for match in pattern.finditer(folded):
        start = positions[match.start()]
        end = positions[match.end() - 1] + 1
        if start > cursor:
            segments.append(Segment(text[cursor:start], is_match=False))
        segments.append(Segment(text[start:end], is_match=True))
        cursor = end
    if cursor < len(text):
        segments.append(Segment(text[cursor:], is_match=False))
    return segments


def snippet(text: str, terms: list[str], *, width: int = 220) -> list[Segment]:
    """Highlight the window of about width characters around the first match in text."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    if not text:
        return []
    folded, positions = _folded_with_positions(text)
    first = len(text)
    for term in terms:
        found = re.search(r"\b" + re.escape(term) + r"\b", folded)
        if found:
            first = min(first, positions[found.start()])
    if first == len(text):
        first = 0
    start = max(0, first - width // 3)
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first else end
    window = text[start:end]
    segments = highlight(window, terms)
    if start > 0:
        segments.insert(0, Segment("… ", is_match=False))
    if end < len(text):
        segments.append(Segment(" …", is_match=False))
    return segments


def slugify_vi(text: str, *, max_length: int = 60) -> str:
    """Make an ASCII slug ("Chủ trương, chính sách" -> "chu-truong-chinh-sach")."""
    words = _WORD.findall(fold(text).replace("_", " "))
    slug = "-".join(word for word in words if word.isascii())
    return slug[:max_length].rstrip("-")
