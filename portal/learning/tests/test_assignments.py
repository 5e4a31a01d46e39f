"""Managers assign a course to an organisation's members and see how far they got."""

import pytest
from django.urls import reverse

from conftest import sign_in
from portal.accounts.models import AuditEntry, Organisation
from portal.learning.models import Enrolment
from portal.learning.services import progress
from portal.learning.tests.factories import build_catalog, build_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def course(portal_site):
    return build_course(build_catalog(portal_site), quiz=False)["course"]


def _url(organisation):
    return reverse("learning:organisation-courses", args=[organisation.pk])


def test_a_school_manager_assigns_a_course_to_every_member_once(
    client, school, school_manager, residents, course
):
    pupil = residents["pupil"]
    sign_in(client, school_manager)
    page = client.get(_url(school))
    assert page.status_code == 200
    assert course.title in page.content.decode()

    response = client.post(_url(school), {"course": course.pk}, follow=True)
    assert response.status_code == 200
    enrolment = Enrolment.objects.get(person=pupil, course=course)
    assert enrolment.origin == Enrolment.Origin.ASSIGNED
    assert enrolment.assigned_by == school_manager
    # Only the school's member, not the other residents of the commune.
    assert not Enrolment.objects.filter(person=residents["in_commune"]).exists()
    entry = AuditEntry.objects.get(action=AuditEntry.Action.COURSE_ASSIGNED)
    assert entry.detail == {"enrolled": 1, "already": 0}
    assert [(row.enrolled, row.assigned, row.completed) for row in response.context["rows"]] == [
        (1, 1, 0)
    ]

    client.post(_url(school), {"course": course.pk})
    assert Enrolment.objects.filter(person=pupil, course=course).count() == 1
    latest = AuditEntry.objects.filter(action=AuditEntry.Action.COURSE_ASSIGNED).first()
    assert latest is not None
    assert latest.detail == {"enrolled": 0, "already": 1}


def test_someone_who_enrolled_alone_keeps_their_enrolment(
    client, school, school_manager, residents, course
):
    own = progress.enrol(person=residents["pupil"], course=course)
    sign_in(client, school_manager)
    client.post(_url(school), {"course": course.pk})
    own.refresh_from_db()
    assert own.origin == Enrolment.Origin.SELF


def test_a_missing_course_is_explained_and_nothing_is_enrolled(
    client, school, school_manager, residents, course
):
    sign_in(client, school_manager)
    response = client.post(_url(school), {"course": course.pk + 999})
    assert response.status_code == 200
    assert response.context["form"].errors["course"]
    response = client.post(_url(school), {})
    assert response.context["form"].errors["course"]
    assert not Enrolment.objects.exists()


def test_an_organisation_out_of_scope_is_404(client, units, school, residents, course):
    from portal.accounts.tests.factories import make_manager

    elsewhere = Organisation.objects.create(
        name="Hợp tác xã chè Bản Mù",
        kind=Organisation.Kind.COOPERATIVE,
        unit=units["xa_ban_mu"],
        name_folded="hop tac xa che ban mu",
    )
    manager = make_manager("coop.manager", organisation=elsewhere)
    sign_in(client, manager)
    assert client.get(_url(school)).status_code == 404
    assert client.post(_url(school), {"course": course.pk}).status_code == 404
    assert not Enrolment.objects.exists()
    sign_in(client, residents["pupil"])
    assert client.get(_url(school)).status_code == 404
