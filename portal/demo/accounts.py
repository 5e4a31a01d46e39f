"""The demo's named accounts: one per role, each with a profile, consent and a TOTP device."""

import secrets
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.accounts.models import ConsentRecord, Organisation, Role, RoleAssignment, User
from portal.accounts.permissions import EDITORS_GROUP, MODERATORS_GROUP
from portal.campaign.models import AdministrativeUnit, TargetGroup
from portal.demo.residents import CONSENT_PURPOSES, MERGER_DAY, OLD_UNITS_FROM

DEVICE_NAME = "demo"
PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # noqa: S105
# Where the former Yên Bái provincial offices are, and the highland commune the demo follows.
PROVINCE_OFFICES = ("04252", MERGER_DAY)  # Phường Yên Bái
NEW_TRAM_TAU = ("04606", MERGER_DAY)  # Xã Trạm Tấu after the merger


@dataclass(frozen=True, slots=True)
class DemoLogin:
    """A demo account and what it may do."""

    username: str
    password: str
    role: str


@dataclass(frozen=True, slots=True)
class DemoAccount:
    """Who a demo account is and which role it demonstrates."""

    username: str
    full_name: str
    role: str
    phone: str
    birth_year: int
    unit: tuple[str, date]
    is_staff: bool = False
    is_superuser: bool = False
    group_code: str = "officials"
    wagtail_group: str | None = None
    manages_unit: tuple[str, date] | None = None
    manages_school: bool = False
    has_email: bool = True
    has_second_factor: bool = True


DEMO_ACCOUNTS = (
    DemoAccount(
        "admin",
        "Hoàng Minh Tuấn",
        "Quản trị hệ thống (system administrator)",
        "+84912000001",
        1984,
        PROVINCE_OFFICES,
        is_staff=True,
        is_superuser=True,
    ),
    DemoAccount(
        "editor",
        "Nguyễn Thị Thu Hà",
        "Biên tập viên: viết bài, gửi duyệt (editor: writes drafts, submits them for review)",
        "+84912000002",
        1991,
        PROVINCE_OFFICES,
        is_staff=True,
        wagtail_group=EDITORS_GROUP,
    ),
    DemoAccount(
        "moderator",
        "Trần Quang Huy",
        "Kiểm duyệt viên: duyệt và xuất bản (moderator: reviews and publishes)",
        "+84912000003",
        1979,
        PROVINCE_OFFICES,
        is_staff=True,
        wagtail_group=MODERATORS_GROUP,
    ),
    DemoAccount(
        "province.manager",
        "Phạm Văn Thắng",
        "Quản lý cấp tỉnh, tỉnh Yên Bái cũ (unit manager: former Yên Bái province)",
        "+84912000004",
        1975,
        PROVINCE_OFFICES,
        manages_unit=("15", OLD_UNITS_FROM),
    ),
    DemoAccount(
        "district.manager",
        "Lò Văn Thanh",
        "Quản lý cấp huyện, huyện Trạm Tấu cũ (unit manager: former Trạm Tấu district)",
        "+84912000005",
        1982,
        NEW_TRAM_TAU,
        manages_unit=("139", OLD_UNITS_FROM),
    ),
    DemoAccount(
        "commune.manager",
        "Giàng A Chớ",
        "Quản lý cấp xã, xã Trạm Tấu cũ (unit manager: former Xã Trạm Tấu)",
        "+84912000006",
        1988,
        NEW_TRAM_TAU,
        manages_unit=("04600", OLD_UNITS_FROM),
    ),
    DemoAccount(
        "school.manager",
        "Hà Thị Thu Hương",
        "Quản lý đơn vị: Trường PTDTBT THCS Trạm Tấu (organisation manager: a school)",
        "+84912000007",
        1980,
        NEW_TRAM_TAU,
        manages_school=True,
    ),
    DemoAccount(
        "learner",
        "Sùng Thị Dua",
        "Người học, đăng nhập bằng số điện thoại (learner: signs in with a phone number)",
        "+84912000008",
        1996,
        NEW_TRAM_TAU,
        group_code="adults",
        has_email=False,
        has_second_factor=False,
    ),
)


def generate_password() -> str:
    """A random password that is easy to type from a printout (no look-alike characters)."""
    return "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(14))


def _unit(key: tuple[str, date]) -> AdministrativeUnit:
    return AdministrativeUnit.objects.get(code=key[0], valid_from=key[1])


def _fill_profile(user: User, account: DemoAccount) -> None:
    """Set the account's designed profile; keep what an administrator has filled in since."""
    user.is_staff = account.is_staff
    user.is_superuser = account.is_superuser
    user.is_demo_data = True
    user.full_name = user.full_name or account.full_name
    user.birth_year = user.birth_year or account.birth_year
    user.unit = user.unit or _unit(account.unit)
    user.target_group = user.target_group or TargetGroup.objects.get(code=account.group_code)
    if not user.phone and not User.objects.filter(phone=account.phone).exclude(pk=user.pk):
        user.phone = account.phone
    email = f"{account.username}@example.vn" if account.has_email else ""
    if (
        email
        and not user.email
        and not User.objects.filter(email__iexact=email).exclude(pk=user.pk)
    ):
        user.email = email


def _grant_role(user: User, account: DemoAccount, school: Organisation) -> None:
    if account.manages_unit:
        RoleAssignment.objects.get_or_create(
            user=user, role=Role.UNIT_MANAGER, unit=_unit(account.manages_unit)
        )
    if account.manages_school:
        RoleAssignment.objects.get_or_create(
            user=user, role=Role.ORGANISATION_MANAGER, organisation=school
        )
        if user.organisation_id is None:
            user.organisation = school
            user.save(update_fields=["organisation"])


@transaction.atomic
def ensure_demo_accounts(*, password: str | None, school: Organisation) -> list[DemoLogin]:
    """Create or complete the demo accounts; return the logins whose password was set now.

    New accounts get password, or a random one; existing accounts keep theirs unless password
    is given. Everyone but the learner gets a confirmed TOTP device named "demo".
    """
    logins = []
    for account in DEMO_ACCOUNTS:
        user = User.objects.filter(username=account.username).first()
        is_new = user is None
        if user is None:
            user = User(username=account.username)
        _fill_profile(user, account)
        if is_new or password:
            chosen = password or generate_password()
            user.set_password(chosen)
            logins.append(DemoLogin(account.username, chosen, account.role))
        user.save()
        if account.wagtail_group:
            user.groups.add(Group.objects.get_or_create(name=account.wagtail_group)[0])
        _grant_role(user, account, school)
        if not ConsentRecord.objects.filter(
            user=user, notice_version=settings.PRIVACY_NOTICE_VERSION
        ).exists():
            ConsentRecord.objects.create(
                user=user,
                notice_version=settings.PRIVACY_NOTICE_VERSION,
                purposes=CONSENT_PURPOSES,
            )
        if account.has_second_factor:
            TOTPDevice.objects.get_or_create(
                user=user, name=DEVICE_NAME, defaults={"confirmed": True}
            )
    return logins
