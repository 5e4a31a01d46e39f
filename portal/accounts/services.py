"""Writes for accounts."""

import secrets
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.db import transaction

from portal.accounts.models import User
from portal.accounts.permissions import EDITORS_GROUP, MODERATORS_GROUP


@dataclass(frozen=True, slots=True)
class DemoLogin:
    """A demo account and what it may do."""

    username: str
    password: str
    role: str


DEMO_STAFF = (
    ("admin", "Quản trị hệ thống (administrator)", None, True),
    (
        "bientapvien",
        "Biên tập viên (editor): writes drafts, submits them for review",
        EDITORS_GROUP,
        False,
    ),
    (
        "kiemduyetvien",
        "Kiểm duyệt viên (moderator): reviews and publishes",
        MODERATORS_GROUP,
        False,
    ),
)


def generate_password() -> str:
    """A random password that is easy to type from a printout (no look-alike characters)."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(14))


@transaction.atomic
def ensure_demo_staff(*, password: str | None) -> list[DemoLogin]:
    """Create the demo administrator, editor and moderator; set passwords for new accounts.

    An existing account keeps its password unless password is given.
    """
    logins = []
    for username, role, group_name, is_superuser in DEMO_STAFF:
        user = User.objects.filter(username=username).first()
        chosen = password or generate_password()
        if user is None:
            user = User(username=username, email=f"{username}@example.vn")
            user.is_staff = True
            user.is_superuser = is_superuser
            user.set_password(chosen)
            user.save()
            logins.append(DemoLogin(username, chosen, role))
        elif password:
            user.set_password(password)
            user.save(update_fields=["password"])
            logins.append(DemoLogin(username, password, role))
        if group_name:
            group, _created = Group.objects.get_or_create(name=group_name)
            user.groups.add(group)
    return logins
