"""SCORM rules on plain values: package paths and sizes, manifests, times and CMI data."""

import pytest

from portal.learning.demo import scorm_samples
from portal.learning.domain import scorm as domain
from portal.learning.domain.scorm import PackageProblem, ZipEntry


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("index.html", "index.html"),
        ("./js/sco.js", "js/sco.js"),
        ("a//b.html", "a/b.html"),
        ("../evil.html", None),
        ("a/../../evil.html", None),
        ("a/../b.html", None),
        ("/etc/passwd", None),
        ("C:/Windows/x.html", None),
        ("a\\b.html", None),
        ("a\x00.html", None),
        ("", None),
    ],
)
def test_safe_path_refuses_anything_that_could_leave_the_package(name, expected):
    assert domain.safe_path(name) == expected


def entry(name, size=100, compressed=50, **flags):
    return ZipEntry(name=name, size=size, compressed_size=compressed, **flags)


def test_check_entries_lists_files_and_skips_directories():
    files = domain.check_entries([entry("js/", is_dir=True), entry("js/a.js")], domain.Limits())
    assert list(files) == ["js/a.js"]


@pytest.mark.parametrize(
    ("entries", "limits", "code"),
    [
        ([entry("../x")], domain.Limits(), "unsafe_path"),
        ([entry("link", is_symlink=True)], domain.Limits(), "symlink"),
        ([entry("a"), entry("b"), entry("c")], domain.Limits(max_files=2), "too_many_files"),
        ([entry("big", size=2000)], domain.Limits(max_file_bytes=1000), "file_too_big"),
        ([entry("a", 600), entry("b", 600)], domain.Limits(max_total_bytes=1000), "too_big"),
        ([entry("a"), entry("./a")], domain.Limits(), "duplicate_file"),
        ([entry("bomb", size=50_000_000, compressed=50_000)], domain.Limits(), "bomb"),
    ],
)
def test_check_entries_refuses_unsafe_or_oversized_packages(entries, limits, code):
    with pytest.raises(PackageProblem) as caught:
        domain.check_entries(entries, limits)
    assert caught.value.code == code


def test_the_scorm12_sample_manifest_has_one_sco_with_a_mastery_score():
    files = scorm_samples.scorm12_files()
    manifest = domain.parse_manifest(files["imsmanifest.xml"], files)
    assert (manifest.version, manifest.schema_version) == ("1.2", "1.2")
    assert manifest.title == "Nhận biết tin nhắn lừa đảo"
    assert manifest.scos == (
        domain.Sco(
            identifier="item-lua-dao",
            title="Nhận biết tin nhắn lừa đảo",
            launch_path="index.html",
            mastery_score=60.0,
        ),
    )


def test_the_scorm2004_sample_manifest_reads_the_primary_objective_measure():
    files = scorm_samples.scorm2004_files()
    manifest = domain.parse_manifest(files["imsmanifest.xml"], files)
    assert (manifest.version, manifest.schema_version) == ("2004", "2004 4th Edition")
    assert manifest.scos[0].mastery_score == 50.0


MANIFEST = """<?xml version="1.0"?>
<manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
  {metadata}
  <organizations default="o2">
    <organization identifier="o1"><title>Khác</title>
      <item identifier="x" identifierref="r1"><title>Không dùng</title></item>
    </organization>
    <organization identifier="o2"><title>Khóa học</title>
      <item identifier="chuong"><title>Chương</title>
        <item identifier="i1" identifierref="r1" parameters="?lang=vi"><title>Bài 1</title></item>
        <item identifier="i2" identifierref="r2"><title>Tài liệu</title></item>
        <item identifier="i3" identifierref="r3"><title>Bài 2</title></item>
      </item>
    </organization>
  </organizations>
  <resources xml:base="content/">
    <resource identifier="r1" type="webcontent" adlcp:scormType="sco" href="bai%201.html#top"/>
    <resource identifier="r2" type="webcontent" adlcp:scormType="asset" href="doc.pdf"/>
    <resource identifier="r3" type="webcontent" adlcp:scormType="sco" xml:base="b2/"
      href="index.html?page=1"/>
  </resources>
</manifest>"""
FILES = {"content/bai 1.html", "content/doc.pdf", "content/b2/index.html"}


def test_nested_items_xml_base_parameters_and_the_default_organisation():
    manifest = domain.parse_manifest(MANIFEST.format(metadata="").encode(), FILES)
    assert manifest.version == "2004"
    assert manifest.title == "Khóa học"
    assert [(sco.identifier, sco.launch_path, sco.parameters) for sco in manifest.scos] == [
        ("i1", "content/bai 1.html", "lang=vi"),
        ("i3", "content/b2/index.html", "page=1"),
    ]
    assert manifest.assets == 1


@pytest.mark.parametrize(
    ("schema", "version"),
    [
        ("1.2", "1.2"),
        ("CAM 1.3", "2004"),
        ("2004 3rd Edition", "2004"),
        ("2004 4th Edition", "2004"),
    ],
)
def test_schema_versions_are_recognised(schema, version):
    metadata = (
        f"<metadata><schema>ADL SCORM</schema><schemaversion>{schema}</schemaversion></metadata>"
    )
    assert domain.parse_manifest(MANIFEST.format(metadata=metadata).encode(), FILES).version == (
        version
    )


@pytest.mark.parametrize(
    ("xml", "files", "code"),
    [
        (b"<manifest", FILES, "bad_xml"),
        (b'<!DOCTYPE x [<!ENTITY a "aaaa">]><manifest/>', FILES, "bad_xml"),
        (b"<other/>", FILES, "bad_xml"),
        (
            MANIFEST.format(metadata="<metadata><schemaversion>1.0</schemaversion></metadata>"),
            FILES,
            "unknown_version",
        ),
        (
            b'<manifest xmlns="http://example.org/cp"><organizations/></manifest>',
            FILES,
            "unknown_version",
        ),
        (MANIFEST.format(metadata=""), FILES - {"content/b2/index.html"}, "missing_file"),
        (
            MANIFEST.format(metadata="").replace('href="doc.pdf"', 'href="../../x.pdf"'),
            FILES,
            "unsafe_path",
        ),
        (
            MANIFEST.format(metadata="").replace('href="doc.pdf"', 'href="http://evil/x"'),
            FILES,
            "missing_file",
        ),
        (
            MANIFEST.format(metadata="").replace('scormType="sco"', 'scormType="asset"'),
            FILES,
            "no_sco",
        ),
    ],
)
def test_bad_manifests_are_refused_with_a_code(xml, files, code):
    data = xml.encode() if isinstance(xml, str) else xml
    with pytest.raises(PackageProblem) as caught:
        domain.parse_manifest(data, files)
    assert caught.value.code == code


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("0000:00:00", 0),
        ("00:01:30", 90),
        ("0001:00:00.5", 3600.5),
        ("9999:59:59.99", 9999 * 3600 + 3599.99),
        ("1:00:00", None),
        ("00:60:00", None),
        ("PT1M30S", None),
    ],
)
def test_scorm12_timespans(text, seconds):
    assert domain.timespan_seconds_12(text) == seconds


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("PT1M30S", 90),
        ("PT0.25S", 0.25),
        ("PT2H", 7200),
        ("P1DT1S", 86401),
        ("P1Y", 365 * 86400),
        ("P1M", 30 * 86400),
        ("P", None),
        ("PT", None),
        ("P1DT", None),
        ("00:01:30", None),
        ("PT1.123S", None),
    ],
)
def test_scorm2004_durations(text, seconds):
    assert domain.duration_seconds_2004(text) == seconds


def test_total_time_is_written_in_each_versions_format():
    assert domain.format_time("1.2", 3725.5) == "0001:02:05.50"
    assert domain.format_time("2004", 3725.5) == "PT1H2M5.50S"
    assert domain.format_time("2004", 0) == "PT0H0M0S"


def test_time_accumulates_once_per_session():
    state = domain.TimeState(total_seconds=100, session_id="", session_seconds=0)
    state = domain.accumulate_time(state, session_id="a", seconds=10, is_final=False)
    state = domain.accumulate_time(state, session_id="a", seconds=20, is_final=False)
    assert state == domain.TimeState(100, "a", 20)
    state = domain.accumulate_time(state, session_id="b", seconds=None, is_final=False)
    assert state == domain.TimeState(120, "b", 0)
    state = domain.accumulate_time(state, session_id="b", seconds=5, is_final=True)
    assert state == domain.TimeState(125, "", 0)


@pytest.mark.parametrize(
    ("version", "values", "expected"),
    [
        ("1.2", {}, ("not attempted", "unknown", None)),
        ("1.2", {"cmi.core.lesson_status": "incomplete"}, ("incomplete", "unknown", None)),
        ("1.2", {"cmi.core.lesson_status": "completed"}, ("completed", "unknown", None)),
        (
            "1.2",
            {
                "cmi.core.lesson_status": "passed",
                "cmi.core.score.raw": "8",
                "cmi.core.score.max": "10",
            },
            ("completed", "passed", 0.8),
        ),
        ("1.2", {"cmi.core.lesson_status": "failed"}, ("completed", "failed", None)),
        ("1.2", {"cmi.core.lesson_status": "browsed"}, ("incomplete", "unknown", None)),
        ("2004", {}, ("unknown", "unknown", None)),
        (
            "2004",
            {"cmi.completion_status": "completed", "cmi.score.scaled": "0.9"},
            ("completed", "unknown", 0.9),
        ),
        (
            "2004",
            {"cmi.success_status": "passed", "cmi.score.raw": "3", "cmi.score.max": "4"},
            ("unknown", "passed", 0.75),
        ),
        ("2004", {"cmi.score.scaled": "-0.5"}, ("unknown", "unknown", 0.0)),
    ],
)
def test_outcome_maps_both_versions_to_completion_success_and_score(version, values, expected):
    result = domain.outcome(version, values)
    assert (result.completion_status, result.success_status, result.score_scaled) == expected


def test_a_mastery_score_overrides_the_scos_own_verdict():
    failing = {"cmi.core.lesson_status": "passed", "cmi.core.score.raw": "50"}
    assert domain.outcome("1.2", failing, mastery_score=60).success_status == "failed"
    incomplete = {"cmi.core.lesson_status": "incomplete", "cmi.core.score.raw": "90"}
    assert domain.outcome("1.2", incomplete, mastery_score=60).success_status == "unknown"
    scaled = {"cmi.completion_status": "completed", "cmi.score.scaled": "0.7"}
    assert domain.outcome("2004", scaled, mastery_score=70).has_passed is True
    assert domain.outcome("2004", scaled, mastery_score=80).has_passed is False


def test_outcome_says_when_a_lesson_counts_as_completed():
    passed = domain.outcome("2004", {"cmi.success_status": "passed"})
    assert passed.is_completed
    assert passed.has_passed is True
    assert passed.score_percent is None
    scored = domain.outcome(
        "1.2", {"cmi.core.lesson_status": "completed", "cmi.core.score.raw": "75"}
    )
    assert scored.score_percent == 75.0


@pytest.mark.parametrize(
    ("version", "name", "value", "kept"),
    [
        ("1.2", "cmi.core.lesson_status", "passed", True),
        ("1.2", "cmi.core.lesson_status", "not attempted", False),
        ("1.2", "cmi.core.score.raw", "", True),
        ("1.2", "cmi.core.score.raw", "100.5", False),
        ("1.2", "cmi.core.session_time", "0000:10:00.00", True),
        ("1.2", "cmi.core.session_time", "PT10M", False),
        ("1.2", "cmi.core.exit", "suspend", True),
        ("1.2", "cmi.core.exit", "normal", False),
        ("1.2", "cmi.core.total_time", "0000:10:00", False),
        ("1.2", "cmi.core.student_id", "1", False),
        ("1.2", "cmi.suspend_data", "x" * 4096, True),
        ("1.2", "cmi.suspend_data", "x" * 4097, False),
        ("1.2", "cmi.interactions.0.result", "wrong", True),
        ("1.2", "cmi.interactions.0.result", "incorrect", False),
        ("1.2", "cmi.interactions.3.time", "23:59:59", True),
        ("1.2", "cmi.interactions.0.id", "has space", False),
        ("1.2", "cmi.objectives.0.status", "not attempted", True),
        ("2004", "cmi.completion_status", "completed", True),
        ("2004", "cmi.completion_status", "passed", False),
        ("2004", "cmi.success_status", "failed", True),
        ("2004", "cmi.score.scaled", "1", True),
        ("2004", "cmi.score.scaled", "1.01", False),
        ("2004", "cmi.score.raw", "250", True),
        ("2004", "cmi.progress_measure", "0.5", True),
        ("2004", "cmi.progress_measure", "2", False),
        ("2004", "cmi.session_time", "PT1H", True),
        ("2004", "cmi.session_time", "01:00:00", False),
        ("2004", "cmi.exit", "normal", True),
        ("2004", "cmi.learner_name", "X", False),
        ("2004", "cmi.interactions.0.result", "incorrect", True),
        ("2004", "cmi.interactions.0.result", "0.5", True),
        ("2004", "cmi.interactions.0.timestamp", "2025-05-01T08:00:00+07:00", True),
        ("2004", "cmi.interactions.0.timestamp", "yesterday", False),
        ("2004", "cmi.suspend_data", "x" * 64000, True),
        ("2004", "adl.nav.request", "continue", True),
        ("2004", "adl.nav.request", "{target=sco2}choice", True),
        ("2004", "adl.nav.request", "jump", False),
        ("2004", "cmi.core.lesson_status", "passed", False),
    ],
)
def test_clean_cmi_keeps_only_writable_well_formed_values(version, name, value, kept):
    cleaned = domain.clean_cmi(version, {name: value})
    assert (name in cleaned.values) is kept
    assert (name in cleaned.rejected) is not kept


def test_launch_values_give_the_lms_managed_elements():
    values = domain.launch_values(
        "2004",
        {"cmi.location": "3", "cmi.exit": "suspend", "cmi.session_time": "PT1M"},
        learner_id="7",
        learner_name="Lò Thị Mai",
        has_attempted=True,
        total_seconds=60,
        mastery_score=70,
        launch_data="",
    )
    assert values == {
        "cmi.location": "3",
        "cmi.completion_status": "unknown",
        "cmi.success_status": "unknown",
        "cmi.learner_id": "7",
        "cmi.learner_name": "Lò Thị Mai",
        "cmi.credit": "credit",
        "cmi.entry": "resume",
        "cmi.total_time": "PT0H1M0S",
        "cmi.mode": "normal",
        "cmi.launch_data": "",
        "cmi.scaled_passing_score": "0.7",
    }


def test_answers_lists_interactions_with_a_result():
    values = {
        "cmi.interactions.0.id": "q1",
        "cmi.interactions.0.result": "correct",
        "cmi.interactions.0.learner_response": "b",
        "cmi.interactions.1.id": "q2",
        "cmi.interactions.2.id": "q3",
        "cmi.interactions.2.result": "incorrect",
    }
    assert domain.answers("2004", values) == [
        domain.Answer(index=0, identifier="q1", response="b", is_correct=True),
        domain.Answer(index=2, identifier="q3", response="", is_correct=False),
    ]
