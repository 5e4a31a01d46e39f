"""Shared fixtures: the portal tree and the personas every test can use."""

from typing import Any

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.accounts.models import Organisation, User
from portal.accounts.permissions import EDITORS_GROUP, MODERATORS_GROUP
from portal.accounts.tests import factories as people
from portal.core.tests.browser import CHROMIUM, CHROMIUM_ARGS
from portal.news import services as news_services
from portal.news.tests.factories import build_site


@pytest.fixture(autouse=True)
def _clean_cache_and_counters() -> Any:
    cache.clear()
    news_services.article_views.clear()
    yield
    cache.clear()


@pytest.fixture
def portal_site(db: Any) -> dict[str, Any]:
    """Home page with the four sections, as the default site."""
    return build_site()


def _staff(username: str, group: str | None = None, *, superuser: bool = False) -> User:
    user = User.objects.create_user(username=username, password="x", is_staff=True)
    user.is_superuser = superuser
    user.save()
    people.give_consent(user)
    if group:
        user.groups.add(Group.objects.get_or_create(name=group)[0])
    return user


def sign_in(client: Client, user: User) -> Client:
    """Sign a test client in as user, with the second factor already passed."""
    client.force_login(user)
    device, _created = TOTPDevice.objects.get_or_create(
        user=user, name="test", defaults={"confirmed": True}
    )
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


@pytest.fixture
def units(db: Any) -> dict[str, Any]:
    """Yên Bái with Huyện Trạm Tấu and Huyện Mù Căng Chải, and what they became in Lào Cai."""
    return people.build_units()


@pytest.fixture
def school(units: dict[str, Any]) -> Organisation:
    """A school in Xã Trạm Tấu."""
    return Organisation.objects.create(
        name="Trường PTDTBT THCS Trạm Tấu",
        kind=Organisation.Kind.SCHOOL,
        unit=units["xa_tram_tau"],
        name_folded="truong ptdtbt thcs tram tau",
    )


@pytest.fixture
def learner(units: dict[str, Any]) -> User:
    """A resident of Xã Trạm Tấu who signed up with a phone number."""
    return people.make_person(
        "Giàng A Sử", unit=units["xa_tram_tau"], phone="+84912345678", username="learner"
    )


@pytest.fixture
def commune_manager(units: dict[str, Any]) -> User:
    """Manages Xã Trạm Tấu (the commune before the merger)."""
    return people.make_manager("commune.manager", unit=units["xa_tram_tau"])


@pytest.fixture
def district_manager(units: dict[str, Any]) -> User:
    """Manages Huyện Trạm Tấu."""
    return people.make_manager("district.manager", unit=units["tram_tau"])


@pytest.fixture
def province_manager(units: dict[str, Any]) -> User:
    """Manages the former Yên Bái province."""
    return people.make_manager("province.manager", unit=units["yen_bai"])


@pytest.fixture
def school_manager(school: Organisation) -> User:
    """Manages the members of the school."""
    return people.make_manager("school.manager", organisation=school)


@pytest.fixture
def residents(units: dict[str, Any], school: Organisation) -> dict[str, User]:
    """People in and out of each manager's reach."""
    return {
        "in_commune": people.make_person("Sùng A Páo", unit=units["xa_tram_tau"]),
        "pupil": people.make_person(
            "Lò Thị Mai", unit=units["xa_tram_tau"], group_code="students", organisation=school
        ),
        "other_commune": people.make_person("Vàng Thị Dung", unit=units["xa_ban_mu"]),
        "other_district": people.make_person("Hờ A Chớ", unit=units["mcc_commune"]),
    }


@pytest.fixture
def editor(db: Any) -> User:
    """Writes drafts and submits them for review; cannot publish."""
    return _staff("bientapvien", EDITORS_GROUP)


@pytest.fixture
def moderator(db: Any) -> User:
    """Reviews and publishes."""
    return _staff("kiemduyetvien", MODERATORS_GROUP)


@pytest.fixture
def admin_user_persona(db: Any) -> User:
    """The system administrator."""
    return _staff("quantri", superuser=True)


@pytest.fixture(scope="session")
def browser_type_launch_args() -> dict[str, Any]:
    """pytest-playwright launches Debian's chromium with these arguments."""
    return {"executable_path": CHROMIUM, "args": CHROMIUM_ARGS}
