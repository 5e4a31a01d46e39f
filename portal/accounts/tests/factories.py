"""A small slice of the real unit files and the people the scoping tests need."""

import csv
from datetime import date, datetime
from typing import Any

from django.contrib.auth.models import Group
from django.utils import timezone

from portal.accounts.models import ConsentRecord, Organisation, Role, RoleAssignment, User
from portal.campaign import services as campaign_services
from portal.campaign.models import AdministrativeUnit, TargetGroup

DATA = campaign_services.DATA_DIR
MERGER_DAY = date(2025, 7, 1)
# Huyện Trạm Tấu and its neighbour Huyện Mù Căng Chải, before and after the merger.
DISTRICTS = ("139", "137")
TEST_PASSWORD = "Mat-khau-du-dai-2026"


def _rows(name: str) -> list[dict[str, str | None]]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def build_units() -> dict[str, AdministrativeUnit]:
    """Load Yên Bái's province, two districts and their communes, the new Lào Cai communes
    they became, and the merge rows between them. Returns units by a readable key."""
    old_rows = [
        row
        for row in _rows("admin_units_yen_bai_2025-03.csv")
        if row["code"] == "15" or row["code"] in DISTRICTS or row["parent_code"] in DISTRICTS
    ]
    old_codes = {row["code"] for row in old_rows if row["level"] == "commune"}
    merges = [
        row
        for row in _rows("admin_unit_merges_lao_cai_2025-07.csv")
        if row["old_code"] in old_codes
    ]
    new_codes = {row["new_code"] for row in merges}
    new_rows = [
        row
        for row in _rows("admin_units_lao_cai_2025-07.csv")
        if row["code"] == "15" or row["code"] in new_codes
    ]
    campaign_services.import_units(rows=old_rows, valid_from=date(2025, 3, 1))
    campaign_services.import_units(rows=new_rows, valid_from=MERGER_DAY)
    campaign_services.import_unit_merges(rows=merges, effective_on=MERGER_DAY)
    campaign_services.ensure_default_target_groups()

    def unit(code: str, valid_from: date) -> AdministrativeUnit:
        return AdministrativeUnit.objects.get(code=code, valid_from=valid_from)

    old = date(2025, 3, 1)
    return {
        "yen_bai": unit("15", old),
        "tram_tau": unit("139", old),
        "mu_cang_chai": unit("137", old),
        # Xã Trạm Tấu (04600) became part of the new Xã Trạm Tấu (04606) with Túc Đán and Pá Hu.
        "xa_tram_tau": unit("04600", old),
        "xa_tuc_dan": unit("04588", old),
        "xa_ban_mu": unit("04615", old),
        "new_xa_tram_tau": unit("04606", MERGER_DAY),
        "lao_cai": unit("15", MERGER_DAY),
        "mcc_commune": AdministrativeUnit.objects.filter(parent__code="137").order_by("code")[0],
    }


def group(code: str) -> TargetGroup:
    """A target group by code (build_units creates them)."""
    return TargetGroup.objects.get(code=code)


def make_person(
    name: str,
    *,
    unit: AdministrativeUnit | None,
    group_code: str = "adults",
    phone: str | None = None,
    organisation: Organisation | None = None,
    joined: date | None = None,
    **fields: Any,
) -> User:
    """A registered person with a password, consent to the current notice and a profile."""
    username = fields.pop("username", None) or f"p{User.objects.count() + 1}"
    person = User.objects.create_user(
        username=username,
        password=TEST_PASSWORD,
        full_name=name,
        phone=phone,
        unit=unit,
        target_group=group(group_code) if group_code else None,
        organisation=organisation,
        **fields,
    )
    if joined is not None:
        person.date_joined = datetime(
            joined.year, joined.month, joined.day, 9, tzinfo=timezone.get_current_timezone()
        )
        person.save(update_fields=["date_joined"])
    give_consent(person)
    return person


def give_consent(person: User) -> None:
    """Record consent to the current privacy notice."""
    from django.conf import settings

    ConsentRecord.objects.create(
        user=person, notice_version=settings.PRIVACY_NOTICE_VERSION, purposes="test"
    )


def make_manager(
    username: str,
    *,
    unit: AdministrativeUnit | None = None,
    organisation: Organisation | None = None,
    groups: tuple[str, ...] = (),
) -> User:
    """A unit or organisation manager (staff, so a second factor is required)."""
    manager = make_person(
        username,
        unit=unit or (organisation.unit if organisation else None),
        group_code="officials",
        username=username,
        is_staff=False,
    )
    assignment = RoleAssignment.objects.create(
        user=manager,
        role=Role.UNIT_MANAGER if unit is not None else Role.ORGANISATION_MANAGER,
        unit=unit,
        organisation=organisation,
    )
    if groups:
        assignment.target_groups.set(TargetGroup.objects.filter(code__in=groups))
    return manager


def make_news_staff(username: str, group_name: str) -> User:
    """An editor or moderator."""
    person = make_person(username, unit=None, group_code="", username=username, is_staff=True)
    person.groups.add(Group.objects.get_or_create(name=group_name)[0])
    return person
