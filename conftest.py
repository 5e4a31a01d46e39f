"""Shared fixtures: the portal tree and the personas every test can use."""

from typing import Any

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache

from portal.accounts.models import User
from portal.accounts.services import EDITORS_GROUP, MODERATORS_GROUP
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
    if group:
        user.groups.add(Group.objects.get_or_create(name=group)[0])
    return user


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
