"""python manage.py export_xapi: statements as JSON Lines, in stored order, by time window."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from portal.learning.models import LearningStatement
from portal.learning.services import progress
from portal.learning.tests.factories import build_catalog, build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def statements(portal_site, learner):
    built = build_course(build_catalog(portal_site))
    progress.enrol(person=learner, course=built["course"])
    for lesson in built["lessons"]:
        progress.complete_lesson(person=learner, lesson=lesson)
    return list(LearningStatement.objects.order_by("stored_at", "id"))


def export(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("export_xapi", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_writes_one_statement_per_line_in_stored_order(statements):
    out, err = export()
    lines = out.splitlines()
    assert [json.loads(line) for line in lines] == [row.statement for row in statements]
    assert len(lines) == 3  # registered, then two lessons completed
    assert "Statements written: 3" in err


def test_since_is_exclusive_and_until_inclusive(statements):
    since = statements[0].stored_at.isoformat()
    until = statements[1].stored_at.isoformat()
    out, _err = export("--since", since, "--until", until)
    assert [json.loads(line)["id"] for line in out.splitlines()] == [str(statements[1].id)]


def test_writes_to_a_file_in_utf8(statements, tmp_path):
    target = tmp_path / "statements.jsonl"
    out, _err = export("--output", str(target))
    assert out == ""
    lines = target.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["verb"]["display"]["vi-VN"] == "đăng ký học"
    assert "đăng ký học" in lines[0]  # not \\u-escaped


def test_actors_are_opaque_account_numbers(statements, learner):
    out, _err = export()
    for line in out.splitlines():
        assert json.loads(line)["actor"] == {
            "objectType": "Agent",
            "account": {"homePage": "http://testserver", "name": str(learner.pk)},
        }
    assert learner.full_name not in out
    assert learner.phone not in out


@pytest.mark.parametrize(
    "args",
    [
        ("--since", "yesterday"),
        ("--since", "2026-12-02", "--until", "2026-12-01"),
        ("--output", "/nonexistent-dir/x.jsonl"),
        ("--since", "0001-01-01T00:00:00+05:00"),
    ],
)
def test_bad_arguments_fail_with_a_reason(statements, args):
    with pytest.raises(CommandError) as error:
        export(*args)
    assert str(error.value)
