"""A learner's download holds their learning; erasure unnames their certificates."""

import pytest
from django.utils import timezone

from portal.accounts.services.personal_data import erase_account, export_personal_data
from portal.accounts.tests.factories import TEST_PASSWORD
from portal.learning.models import Certificate, ScormRuntimeState
from portal.learning.services import progress
from portal.learning.tests.factories import build_catalog, build_course
from portal.learning.tests.test_progress import _pass_quiz

pytestmark = pytest.mark.django_db


def test_the_download_has_enrolments_answers_and_certificates_and_erasure_unnames_them(
    portal_site, learner
):
    tree = build_course(build_catalog(portal_site))
    course = tree["course"]
    progress.enrol(person=learner, course=course)
    for lesson in tree["lessons"]:
        progress.complete_lesson(person=learner, lesson=lesson)
    _pass_quiz(learner, tree["quiz"])
    certificate = Certificate.objects.create(
        code="YB-TEST-0001",
        person=learner,
        course=course,
        holder_name=learner.full_name,
        course_title=course.title,
        issuer_name="Sở Khoa học và Công nghệ",
        issued_on=timezone.localdate(),
        credential={"proof": {"proofValue": "z123"}},
    )

    data = export_personal_data(user=learner)["learning"]
    assert [row["course"] for row in data["enrolments"]] == [course.title]
    assert data["enrolments"][0]["completed_at"] is not None
    assert len(data["lessons"]) == 3
    assert data["quiz_attempts"][0]["passed"] is True
    assert data["quiz_attempts"][0]["answers"]
    assert data["certificates"][0]["holder_name"] == "Giàng A Sử"
    assert {record["verb"]["id"].rsplit("/", 1)[-1] for record in data["learning_records"]} >= {
        "completed",
        "passed",
    }

    erase_account(user=learner, password=TEST_PASSWORD)
    certificate.refresh_from_db()
    assert certificate.holder_name == ""
    assert certificate.credential is None
    assert certificate.status == Certificate.Status.REVOKED
    assert certificate.revocation_reason
    assert not ScormRuntimeState.objects.filter(person=learner).exclude(cmi={}).exists()
