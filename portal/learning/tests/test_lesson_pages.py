"""Lesson pages: the body rendered once per published revision, and the resume point."""

from datetime import timedelta

import pytest
from django.utils import timezone

from conftest import sign_in
from portal.learning import selectors
from portal.learning.models import Enrolment
from portal.learning.services import progress
from portal.learning.tests.factories import build_catalog, build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(portal_site):
    return build_course(build_catalog(portal_site), quiz=False)


def test_a_new_published_revision_shows_at_once_to_signed_in_readers(client, tree, learner):
    lesson = tree["lessons"][0]
    progress.enrol(person=learner, course=tree["course"])
    sign_in(client, learner)
    assert "Nội dung bài 1." in client.get(lesson.url).content.decode()
    lesson.body = [("paragraph", "<p>Nội dung đã sửa.</p>")]
    lesson.save_revision().publish()
    text = client.get(lesson.url).content.decode()
    assert "Nội dung đã sửa." in text
    assert "Nội dung bài 1." not in text


def test_a_preview_is_never_served_from_the_body_cache(tree, learner):
    lesson = tree["lessons"][0]
    assert selectors.lesson_context(lesson=lesson, user=learner)["body_cache_key"]
    assert (
        selectors.lesson_context(lesson=lesson, user=learner, preview=True)["body_cache_key"] == ""
    )


def test_the_resume_point_follows_the_lesson_without_a_write_per_reload(tree, learner):
    first, second = tree["lessons"]
    progress.enrol(person=learner, course=tree["course"])
    progress.record_lesson_opened(person=learner, lesson=first)
    enrolment = Enrolment.objects.get(person=learner)
    opened_at = enrolment.last_active_at
    assert enrolment.last_lesson_id == first.pk
    progress.record_lesson_opened(person=learner, lesson=first)
    assert Enrolment.objects.get(person=learner).last_active_at == opened_at
    progress.record_lesson_opened(person=learner, lesson=second)
    assert Enrolment.objects.get(person=learner).last_lesson_id == second.pk
    # An hour later, the same lesson counts as activity again.
    Enrolment.objects.filter(pk=enrolment.pk).update(
        last_active_at=timezone.now() - timedelta(hours=1)
    )
    progress.record_lesson_opened(person=learner, lesson=second)
    latest = Enrolment.objects.get(person=learner).last_active_at
    assert latest is not None
    assert opened_at is not None
    assert latest > opened_at
