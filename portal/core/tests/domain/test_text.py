import pytest

from portal.core.domain.text import (
    Segment,
    fold,
    highlight,
    index_text,
    search_terms,
    slugify_vi,
    snippet,
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Bình dân học vụ số", "binh dan hoc vu so"),
        ("ĐƯỜNG ĐI", "duong di"),
        ("đ Đ", "d d"),
        ("Nghị quyết 57-NQ/TW", "nghi quyet 57-nq/tw"),
        ("Mù Cang Chải", "mu cang chai"),
        ("ỷ ỹ ỵ ữ ự ổ", "y y y u u o"),
        # Decomposed input (combining marks typed separately) folds the same as composed.
        ("Ho\u0323c vu\u0323 so\u0302\u0301", "hoc vu so"),
    ],
)
def test_fold_removes_vietnamese_diacritics_and_case(text, folded):
    assert fold(text) == folded


def test_search_terms_are_folded_distinct_words_in_order():
    assert search_terms("  Học, học VỤ số!  ") == ["hoc", "vu", "so"]


def test_search_terms_are_capped():
    assert search_terms(" ".join(f"w{i}" for i in range(20)), max_terms=3) == ["w0", "w1", "w2"]


def test_highlight_marks_original_text_for_folded_terms():
    assert highlight("Phổ cập kỹ năng số cho người dân", ["ky", "dan"]) == [
        Segment("Phổ cập ", is_match=False),
        Segment("kỹ", is_match=True),
        Segment(" năng số cho người ", is_match=False),
        Segment("dân", is_match=True),
    ]


def test_highlight_matches_d_with_stroke():
    segments = highlight("Đăng ký định danh", ["dinh"])
    assert [s.text for s in segments if s.is_match] == ["định"]


def test_highlight_marks_whole_words_only():
    segments = highlight("Khoá học trực tuyến", ["hoc"])
    assert [s.text for s in segments if s.is_match] == ["học"]
    assert highlight("thọc", ["hoc"]) == [Segment("thọc", is_match=False)]
    marked = [s.text for s in highlight("thủ tục từ điện tử", ["tu"]) if s.is_match]
    assert marked == ["từ", "tử"]


def test_snippet_centres_on_first_match_and_marks_cuts():
    text = " ".join(["mở đầu"] * 60) + " giữa bài có học vụ số " + " ".join(["kết"] * 60)
    segments = snippet(text, ["hoc"], width=80)
    assert segments[0] == Segment("… ", is_match=False)
    assert segments[-1] == Segment(" …", is_match=False)
    assert any(s.is_match and s.text == "học" for s in segments)
    assert len("".join(s.text for s in segments)) <= 90


def test_snippet_of_short_text_is_whole_text():
    assert "".join(s.text for s in snippet("Ngắn gọn", ["x"])) == "Ngắn gọn"


def test_slugify_vi_makes_ascii_slugs():
    assert slugify_vi("Chủ trương, chính sách") == "chu-truong-chinh-sach"
    assert slugify_vi("Đề án 06") == "de-an-06"


def test_index_text_keeps_only_folded_words():
    assert index_text("Nghị quyết 57-NQ/TW (22/12/2024) – đột phá!") == (
        "nghi quyet 57 nq tw 22 12 2024 dot pha"
    )
