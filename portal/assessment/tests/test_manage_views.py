from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from conftest import sign_in
from portal.accounts.models import AuditEntry
from portal.accounts.tests import factories as people
from portal.assessment.models import ProctoredSession
from portal.assessment.services import attempts, proctoring
from portal.assessment.tests import factories
from portal.core.exceptions import NotFoundError

pytestmark = pytest.mark.django_db

LIST = "/quan-ly/phien-kiem-tra/"
CREATE = "/quan-ly/phien-kiem-tra/mo/"


def opening(**fields):
    now = timezone.localtime()
    return {
        "title": "Lớp tập huấn kỹ năng số thôn Km 15",
        "place": "Nhà văn hóa thôn",
        "opens_at": now.strftime("%Y-%m-%dT%H:%M"),
        "duration_minutes": "120",
        **fields,
    }


def test_a_commune_manager_opens_a_session_and_reads_its_code(client, units, commune_manager):
    sign_in(client, commune_manager)
    response = client.post(CREATE, opening(unit=units["xa_tram_tau"].pk))
    session = ProctoredSession.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("assessment-manage:session-detail", args=[session.pk])
    assert len(session.code) == 6
    assert session.unit == units["xa_tram_tau"]
    assert session.closes_at - session.opens_at == timedelta(hours=2)
    page = client.get(response["Location"])
    assert session.code in page.content.decode()
    assert AuditEntry.objects.filter(action="session.viewed", actor=commune_manager).exists()


def test_a_session_needs_a_commune_or_an_organisation(client, units, commune_manager):
    sign_in(client, commune_manager)
    response = client.post(CREATE, opening())
    assert response.status_code == 200
    assert 'class="error"' in response.content.decode()
    assert not ProctoredSession.objects.exists()


def test_a_commune_outside_ones_area_cannot_be_chosen(client, units, commune_manager):
    sign_in(client, commune_manager)
    response = client.post(CREATE, opening(unit=units["xa_ban_mu"].pk))
    assert response.status_code == 200
    assert not ProctoredSession.objects.exists()
    with pytest.raises(NotFoundError):
        proctoring.open_session(
            user=commune_manager,
            title="x",
            place="",
            unit=units["mcc_commune"],
            organisation=None,
            opens_at=timezone.now(),
            duration=timedelta(hours=1),
        )


def test_a_school_manager_opens_a_session_for_the_school(client, school, school_manager):
    sign_in(client, school_manager)
    response = client.post(CREATE, opening(organisation=school.pk))
    assert response.status_code == 302
    session = ProctoredSession.objects.get()
    assert (session.organisation, session.unit) == (school, school.unit)


@pytest.fixture
def session(units, commune_manager):
    now = timezone.now()
    return ProctoredSession.objects.create(
        code="K7MXQ3",
        title="Lớp tập huấn thôn Km 15",
        unit=units["xa_tram_tau"],
        opened_by=commune_manager,
        opens_at=now - timedelta(minutes=5),
        closes_at=now + timedelta(hours=2),
    )


def test_sessions_are_seen_within_ones_area_only(client, units, session, district_manager):
    other_district = people.make_manager("mcc.manager", unit=units["mcc_commune"].parent)
    sign_in(client, district_manager)
    detail = reverse("assessment-manage:session-detail", args=[session.pk])
    assert session.title in client.get(LIST).content.decode()
    assert client.get(detail).status_code == 200
    outsider = sign_in(Client(), other_district)
    assert session.title not in outsider.get(LIST).content.decode()
    assert outsider.get(detail).status_code == 404
    close = reverse("assessment-manage:session-close", args=[session.pk])
    assert outsider.post(close).status_code == 404
    session.refresh_from_db()
    assert session.closed_at is None


def test_a_learner_cannot_reach_the_sessions(client, learner, session):
    client.force_login(learner)
    assert client.get(LIST).status_code == 404
    assert client.post(CREATE, opening()).status_code == 404


def test_the_session_page_lists_who_took_the_test_and_closing_stops_the_code(
    client, units, learner, session, commune_manager
):
    factories.load_bank()
    attempts.start_attempt(
        person=learner, target_group=people.group("adults"), session_code="K7MXQ3"
    )
    sign_in(client, commune_manager)
    detail = reverse("assessment-manage:session-detail", args=[session.pk])
    assert "Giàng A Sử" in client.get(detail).content.decode()
    client.post(reverse("assessment-manage:session-close", args=[session.pk]))
    session.refresh_from_db()
    assert session.closed_at is not None
    other = people.make_person("Lò Văn Pằng", unit=units["xa_tram_tau"])
    with pytest.raises(attempts.AttemptError):
        attempts.start_attempt(
            person=other, target_group=people.group("adults"), session_code="K7MXQ3"
        )
