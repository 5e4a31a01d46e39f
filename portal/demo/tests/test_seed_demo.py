import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from io import StringIO
from pathlib import Path
from typing import Any
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.contrib.auth.hashers import is_password_usable
from django.core.management import CommandError, call_command
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.accounts.models import ConsentRecord, Organisation, Role, RoleAssignment, User
from portal.accounts.permissions import EDITORS_GROUP, MODERATORS_GROUP
from portal.assessment.models import (
    Attempt,
    BasicRequirement,
    Competence,
    Item,
    ProctoredSession,
)
from portal.campaign.models import (
    AdministrativeUnit,
    AttainmentRecord,
    Denominator,
    IndicatorAttainment,
    UnitSuccession,
)
from portal.core import services as core_services
from portal.demo.accounts import DEMO_ACCOUNTS
from portal.demo.denominators import PROVINCE_FIGURES, ensure_demo_denominators, spread
from portal.demo.residents import MERGER_DAY, OLD_UNITS_FROM, USERNAME_PREFIX
from portal.learning.demo import seed as learning_seed
from portal.news.demo import seed as news_seed

pytestmark = pytest.mark.django_db
RESIDENTS = 200
PASSWORD = "Demo-mat-khau-2026"
USERNAMES = [account.username for account in DEMO_ACCOUNTS]


@pytest.fixture(scope="module")
def seeded(django_db_setup: Any, django_db_blocker: Any, tmp_path_factory: Any) -> Iterator[Path]:
    """One seeded demo shared by the module's tests, rolled back at the end.

    The news site and the courses are left out: drawing their illustrations takes most of a
    minute, nothing here depends on them, and portal/learning/tests/test_demo_content.py
    covers the courses.
    """
    var_dir = tmp_path_factory.mktemp("var")
    with (
        django_db_blocker.unblock(),
        override_settings(VAR_DIR=var_dir),
        mock.patch.object(news_seed, "seed_news", return_value=0),
        mock.patch.object(
            learning_seed,
            "seed_learning",
            return_value=learning_seed.LearningSeedSummary(0, 0, 0, 0, 0.0),
        ),
        mock.patch.object(core_services, "rebuild_search_index", return_value=0),
        transaction.atomic(),
    ):
        call_command(
            "seed_demo", "--residents", str(RESIDENTS), "--password", PASSWORD, stdout=StringIO()
        )
        yield var_dir
        transaction.set_rollback(True)


def seed_again(*arguments: str) -> None:
    call_command("seed_demo", "--residents", str(RESIDENTS), *arguments, stdout=StringIO())


RESIDENT_FIELDS = (
    "is_demo_data",
    "password",
    "email",
    "phone",
    "date_joined",
    "unit_id",
    "unit__level",
    "unit__valid_from",
    "target_group__code",
    "organisation__kind",
)


def residents() -> list[dict[str, Any]]:
    return list(User.objects.filter(username__startswith=USERNAME_PREFIX).values(*RESIDENT_FIELDS))


def grants(username: str) -> list[tuple[Any, ...]]:
    return list(
        RoleAssignment.objects.filter(user__username=username).values_list(
            "role", "unit__code", "unit__valid_from", "unit__level", "unit__parent__code",
            "organisation__kind",
        )
    )  # fmt: skip


def test_a_second_run_creates_each_demo_account_once_with_its_role(seeded):
    seed_again()
    usernames = User.objects.filter(username__in=USERNAMES).values_list("username", flat=True)
    assert sorted(usernames) == sorted(USERNAMES)
    assert not User.objects.filter(username__in=["bientapvien", "kiemduyetvien"]).exists()
    assert User.objects.get(username="admin").is_superuser
    for username, group in (("editor", EDITORS_GROUP), ("moderator", MODERATORS_GROUP)):
        user = User.objects.get(username=username)
        assert user.is_staff
        assert list(user.groups.values_list("name", flat=True)) == [group]
    unit_manager = Role.UNIT_MANAGER
    assert grants("province.manager") == [
        (unit_manager, "15", OLD_UNITS_FROM, "province", None, None)
    ]
    assert grants("district.manager") == [
        (unit_manager, "139", OLD_UNITS_FROM, "district", "15", None)
    ]
    [(role, _code, _valid_from, level, parent_code, _kind)] = grants("commune.manager")
    assert (role, level, parent_code) == (unit_manager, "commune", "139")
    assert grants("school.manager") == [
        (Role.ORGANISATION_MANAGER, None, None, None, None, Organisation.Kind.SCHOOL)
    ]
    assert all(not grants(name) for name in ("admin", "editor", "moderator", "learner"))


def test_every_demo_account_has_a_profile_consent_and_a_second_factor_but_the_learner(seeded):
    seed_again()
    for account in DEMO_ACCOUNTS:
        user = User.objects.get(username=account.username)
        assert all((user.full_name, user.phone, user.unit_id, user.target_group_id))
        assert user.check_password(PASSWORD)
        consents = ConsentRecord.objects.filter(
            user=user, notice_version=settings.PRIVACY_NOTICE_VERSION
        )
        assert consents.count() == 1
        devices = TOTPDevice.objects.filter(user=user, name="demo", confirmed=True).count()
        assert devices == (0 if account.username == "learner" else 1)
    groups = dict(
        User.objects.filter(username__in=USERNAMES).values_list("username", "target_group__code")
    )
    assert groups["learner"] == "adults"
    assert {groups[name] for name in USERNAMES if name != "learner"} == {"officials"}


def test_existing_accounts_keep_their_password_unless_one_is_given(seeded, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    seed_again()
    assert User.objects.get(username="admin").check_password(PASSWORD)
    seed_again("--password", "Mot-mat-khau-khac")
    assert User.objects.get(username="learner").check_password("Mot-mat-khau-khac")


def test_the_logins_file_lists_every_account_and_how_to_get_a_totp_code(seeded):
    lines = (seeded / "demo_logins.txt").read_text(encoding="utf-8").splitlines()
    assert [line.split()[0] for line in lines[:-1]] == USERNAMES
    for line in lines[:-1]:
        username, password, _role = line.split(maxsplit=2)
        assert User.objects.get(username=username).check_password(password)
    assert lines[-1] == (
        "Mã xác thực hai lớp (TOTP): .venv/bin/python manage.py demo_totp_code USERNAME"
    )


def test_residents_are_demo_data_with_a_commune_a_group_and_consent(seeded):
    people = residents()
    assert len(people) == RESIDENTS
    assert all(person["is_demo_data"] for person in people)
    assert all(person["unit__level"] == "commune" for person in people)
    assert not any(person["email"] or is_password_usable(person["password"]) for person in people)
    groups = Counter(person["target_group__code"] for person in people)
    assert set(groups) == {"adults", "students", "officials", "workers"}
    assert groups["adults"] > RESIDENTS / 2
    consents = ConsentRecord.objects.filter(user__username__startswith=USERNAME_PREFIX)
    assert consents.count() == RESIDENTS
    phones = [person["phone"] for person in people if person["phone"]]
    assert len(set(phones)) == len(phones)
    assert all(re.fullmatch(r"\+849129\d{5}", phone) for phone in phones)


def test_residents_who_joined_before_the_merger_live_in_old_communes_and_later_ones_in_new(seeded):
    zone = ZoneInfo(settings.TIME_ZONE)
    old_province = AdministrativeUnit.objects.get(code="15", valid_from=OLD_UNITS_FROM)
    yen_bai_successors = set(
        UnitSuccession.objects.filter(predecessor__path__startswith=old_province.path).values_list(
            "successor_id", flat=True
        )
    )
    joined_days = [
        (person["date_joined"].astimezone(zone).date(), person) for person in residents()
    ]
    assert all(date(2025, 3, 15) <= day <= date(2026, 11, 30) for day, _person in joined_days)
    before = [person for day, person in joined_days if day < MERGER_DAY]
    after = [person for day, person in joined_days if day >= MERGER_DAY]
    assert before
    assert after
    assert {person["unit__valid_from"] for person in before} == {OLD_UNITS_FROM}
    assert {person["unit__valid_from"] for person in after} == {MERGER_DAY}
    assert {person["unit_id"] for person in after} <= yen_bai_successors


def test_members_of_organisations_fit_them(seeded):
    fits = {
        "adults": set(),
        "officials": {Organisation.Kind.AGENCY, Organisation.Kind.SCHOOL},
        "students": {Organisation.Kind.SCHOOL},
        "workers": {Organisation.Kind.ENTERPRISE, Organisation.Kind.COOPERATIVE},
    }
    members = [person for person in residents() if person["organisation__kind"]]
    assert members
    for person in members:
        assert person["organisation__kind"] in fits[person["target_group__code"]]


def test_a_larger_count_tops_residents_up_and_keeps_the_first_ones(seeded):
    first = User.objects.get(username=f"{USERNAME_PREFIX}00001")
    call_command("seed_demo", "--residents", str(RESIDENTS + 20), stdout=StringIO())
    assert User.objects.filter(username__startswith=USERNAME_PREFIX).count() == RESIDENTS + 20
    again = User.objects.get(username=f"{USERNAME_PREFIX}00001")
    assert (again.pk, again.full_name, again.unit_id) == (first.pk, first.full_name, first.unit_id)


def test_demo_totp_code_prints_the_current_code_of_the_demo_device(seeded):
    out = StringIO()
    call_command("demo_totp_code", "admin", stdout=out)
    code = out.getvalue().strip()
    assert re.fullmatch(r"\d{6}", code)
    device = TOTPDevice.objects.get(user__username="admin", name="demo")
    # The code may have been read just before a 30-second step ended.
    assert int(code) in {totp(device.bin_key, drift=drift) for drift in (-1, 0)}


@pytest.mark.parametrize("username", ["learner", "nobody"])
def test_demo_totp_code_refuses_accounts_without_a_demo_device(seeded, username):
    with pytest.raises(CommandError, match="no confirmed TOTP device"):
        call_command("demo_totp_code", username, stdout=StringIO())


def test_the_demo_loads_the_competence_framework_with_basic_requirements(seeded):
    assert Competence.objects.count() == 24
    assert BasicRequirement.objects.filter(level=2).count() == 4 * 6


def test_the_demo_loads_the_item_bank_and_residents_results(seeded):
    assert Item.objects.filter(status="operational").count() == 195
    attempts = Attempt.objects.filter(person__username__startswith=USERNAME_PREFIX)
    assert 0.25 * RESIDENTS < attempts.count() < 0.55 * RESIDENTS
    assert set(attempts.values_list("status", flat=True)) == {"finished"}
    assert attempts.filter(is_confirmed=True).exists()
    assert attempts.filter(is_confirmed=False).exists()
    records = AttainmentRecord.objects.filter(source="assessment")
    assert records.count() == attempts.count()
    assert set(records.values_list("verdict", flat=True)) <= {"basic", "not_basic", "undetermined"}
    for attempt in attempts.select_related("person")[:20]:
        assert attempt.finished_at is not None
        assert attempt.finished_at >= attempt.person.date_joined
        assert attempt.responses.count() == attempt.answered_count
    assert all(len(a.results["domains"]) == 6 for a in attempts[:20])
    # Written in bulk, the results still reach the indicator figures.
    from portal.campaign.services import indicators

    assert indicators.rebuild(dry_run=True).differences == 0
    basic = records.filter(verdict="basic").values("person").distinct().count()
    assert IndicatorAttainment.objects.exclude(indicator="adults_confirmed").count() == basic


def test_a_second_run_writes_no_more_results_and_keeps_one_session_open(seeded):
    before = Attempt.objects.count(), ProctoredSession.objects.count()
    seed_again()
    assert (Attempt.objects.count(), ProctoredSession.objects.count()) == before
    now = timezone.now()
    open_now = ProctoredSession.objects.filter(opens_at__lte=now, closes_at__gt=now)
    assert open_now.filter(closed_at__isnull=True).count() == 1


def test_denominators_spread_the_yen_bai_figures_over_its_communes_each_year(seeded):
    for year, valid_from, units in ((2025, OLD_UNITS_FROM, 168), (2026, MERGER_DAY, 51)):
        rows = Denominator.objects.filter(year=year)
        assert set(rows.values_list("unit__valid_from", "unit__level", "source")) == {
            (valid_from, "commune", "estimate")
        }
        assert rows.values("unit").distinct().count() == units
        totals: Counter[str] = Counter()
        for group, count in rows.values_list("target_group__code", "count"):
            totals[group] += count
        assert totals == PROVINCE_FIGURES
    again = ensure_demo_denominators()
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4 * (168 + 51))


def test_spread_splits_a_total_exactly_in_proportion():
    assert spread(10, {"a": 1.0, "b": 1.0, "c": 1.0}) == {"a": 4, "b": 3, "c": 3}
    assert sum(spread(847_245, {str(i): 1 + i / 7 for i in range(168)}).values()) == 847_245
