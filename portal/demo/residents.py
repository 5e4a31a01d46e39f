"""Synthetic residents and organisations of the former Yên Bái province, for the demo.

Everything here is invented: names are drawn from lists of common Kinh, Tày, Thái, Hmong and
Dao names, phone numbers come from one fake block, and every row is marked is_demo_data. The
figures only roughly follow the province (adults the majority, about a quarter pupils and
students; Hmong and Thái the majority in the highland districts).
"""

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal, TypeVar
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import transaction

from portal.accounts.models import ConsentRecord, Organisation, User
from portal.campaign.models import AdministrativeUnit, TargetGroup, UnitSuccession
from portal.core.domain.text import fold

T = TypeVar("T")

OLD_UNITS_FROM = date(2025, 3, 1)
MERGER_DAY = date(2025, 7, 1)
FIRST_JOIN = date(2025, 3, 15)
LAST_JOIN = date(2026, 11, 30)
USERNAME_PREFIX = "demo-resident-"
# Not allocated to anyone we know of, but real-looking: residents cannot sign in (no password).
PHONE_PREFIX = "+849129"
MAX_RESIDENTS = 99_999
PHONE_SHARE = 0.7
SEED = 2025
BATCH_SIZE = 500
CONSENT_PURPOSES = (
    "Quản lý tài khoản học tập; thống kê kết quả phong trào theo địa bàn và nhóm đối tượng "
    "(dữ liệu mẫu)."
)

# Huyện Trạm Tấu is the district the demo managers look after: give it a few hundred people.
TRAM_TAU = "139"
DISTRICT_WEIGHT = {TRAM_TAU: 3.0}

GROUP_SHARES = (("adults", 0.60), ("students", 0.25), ("workers", 0.10), ("officials", 0.05))
BIRTH_YEARS = {
    "students": (2005, 2019),
    "adults": (1950, 2007),
    "officials": (1966, 2001),
    "workers": (1970, 2006),
}

Ethnicity = Literal["kinh", "tay", "thai", "hmong", "dao"]
# Rough shares by former district (GSO district code), from the districts' published profiles.
ETHNIC_MIX: dict[str, tuple[tuple[Ethnicity, float], ...]] = {
    "132": (("kinh", 0.85), ("tay", 0.08), ("dao", 0.04), ("thai", 0.02), ("hmong", 0.01)),
    "133": (("thai", 0.55), ("kinh", 0.35), ("hmong", 0.05), ("dao", 0.03), ("tay", 0.02)),
    "135": (("tay", 0.50), ("kinh", 0.25), ("dao", 0.20), ("thai", 0.03), ("hmong", 0.02)),
    "136": (("kinh", 0.50), ("dao", 0.30), ("tay", 0.15), ("hmong", 0.05)),
    "137": (("hmong", 0.90), ("thai", 0.06), ("kinh", 0.04)),
    "138": (("kinh", 0.70), ("dao", 0.15), ("tay", 0.10), ("hmong", 0.05)),
    "139": (("hmong", 0.78), ("thai", 0.15), ("kinh", 0.07)),
    "140": (("kinh", 0.40), ("thai", 0.35), ("hmong", 0.15), ("dao", 0.07), ("tay", 0.03)),
    "141": (("kinh", 0.60), ("tay", 0.25), ("dao", 0.12), ("hmong", 0.03)),
}
DEFAULT_MIX: tuple[tuple[Ethnicity, float], ...] = (("kinh", 1.0),)

KINH_FAMILY = (
    "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng",
    "Ngô", "Đinh", "Dương", "Phan", "Lưu", "Hà", "Đào", "Trịnh", "Lương",
)  # fmt: skip
KINH_MALE = (
    "Dũng", "Hùng", "Tuấn", "Nam", "Long", "Thắng", "Cường", "Hải", "Sơn", "Quân", "Trung",
    "Hiếu", "Đức", "Khánh", "Phong", "Bình", "Thành", "Hoàng", "Khôi", "Huy", "Minh", "Đạt",
    "Việt", "Lâm", "Tùng", "Kiên", "Chiến", "Toàn",
)  # fmt: skip
KINH_FEMALE = (
    "Hoa", "Lan", "Hương", "Mai", "Hằng", "Thảo", "Trang", "Linh", "Ngọc", "Hà", "Nga",
    "Phương", "Yến", "Huyền", "Thủy", "Dung", "Loan", "Vân", "Anh", "Nhung", "Hạnh", "Giang",
    "Quỳnh", "Chi", "Thơm", "Tuyết",
)  # fmt: skip
KINH_MIDDLE_MALE_OLD = ("Văn", "Văn", "Văn", "Đức", "Xuân", "Quang", "Hữu", "Công", "Ngọc")
KINH_MIDDLE_MALE_YOUNG = ("Văn", "Đức", "Minh", "Quang", "Gia", "Bảo", "Anh", "Thành", "Trung")
KINH_MIDDLE_FEMALE_OLD = ("Thị", "Thị", "Thị", "Thị", "Thu", "Thanh", "Ngọc")
KINH_MIDDLE_FEMALE_YOUNG = ("Thị", "Thu", "Thanh", "Ngọc", "Phương", "Khánh", "Bảo", "Thùy")

HMONG_FAMILY = (
    "Giàng", "Sùng", "Lý", "Vàng", "Mùa", "Hờ", "Thào", "Lầu", "Cứ", "Hảng", "Sình", "Tráng",
    "Chá", "Vừ",
)  # fmt: skip
HMONG_MALE = (
    "Sử", "Páo", "Chớ", "Lử", "Dế", "Chang", "Tủa", "Sình", "Chu", "Dình", "Lềnh", "Nhà",
    "Khua", "Súa", "Tồng", "Pó", "Già", "Cở", "Vư", "Thề",
)  # fmt: skip
HMONG_FEMALE = (
    "Dua", "Mỷ", "Dở", "Mai", "Sao", "Chở", "Pàng", "Xúa", "Ly", "Dính", "Chía", "Say",
    "Ninh", "Sa", "Gấu", "Mỉ",
)  # fmt: skip

THAI_FAMILY = (
    "Lò", "Lò", "Lường", "Hoàng", "Cầm", "Điêu", "Tòng", "Hà", "Quàng", "Lù", "Vì", "Sa",
    "Bạc", "Mè",
)  # fmt: skip
THAI_MALE = (
    "Pọm", "Inh", "Xuân", "Thanh", "Hùng", "Khiêm", "Dũng", "Tiến", "Hoan", "Đôi", "Hặc",
    "Piềng", "Khánh", "Ươn", "Chiến",
)  # fmt: skip
THAI_FEMALE = (
    "Mai", "Phương", "Ún", "Xiêm", "Nọi", "Hương", "Lả", "Bun", "Thơm", "Ngân", "Yến", "Pín",
    "Ánh", "Kim",
)  # fmt: skip

DAO_FAMILY = ("Triệu", "Triệu", "Bàn", "Đặng", "Lý", "Phùng", "Chảo", "Trịnh")
DAO_MALE = (
    "Quyết", "Kiên", "Sinh", "Tiến", "Phin", "Chàn", "Hin", "Quý", "Sơn", "Tài", "Phú", "Toàn",
    "Vần", "Lở",
)  # fmt: skip
DAO_FEMALE = (
    "Mây", "Mai", "Liên", "Xuân", "Nhất", "Mùi", "Chiêm", "Phượng", "Hiền", "Lan", "Mến",
    "Nguyệt",
)  # fmt: skip

TAY_FAMILY = ("Hoàng", "Nông", "Hà", "Ma", "Hứa", "Lương", "Vi", "La", "Lục", "Lộc", "Đinh")


@dataclass(frozen=True, slots=True)
class OrganisationSpec:
    """A hand-written demo organisation in one commune (code and valid_from of the unit)."""

    unit_code: str
    valid_from: date
    kind: Organisation.Kind
    name: str
    # For schools: which pupils it teaches ("primary", "lower", "upper", "college").
    levels: tuple[str, ...] = ()


SCHOOL = Organisation.Kind.SCHOOL
ENTERPRISE = Organisation.Kind.ENTERPRISE
COOPERATIVE = Organisation.Kind.COOPERATIVE
OLD = OLD_UNITS_FROM
NEW = MERGER_DAY
MANAGED_SCHOOL = ("04600", OLD, "Trường Phổ thông Dân tộc bán trú THCS Trạm Tấu")
DEMO_ORGANISATIONS = (
    OrganisationSpec("04600", OLD, SCHOOL, MANAGED_SCHOOL[2], ("lower",)),
    OrganisationSpec(
        "04600", OLD, SCHOOL, "Trường Phổ thông Dân tộc bán trú Tiểu học Trạm Tấu", ("primary",)
    ),
    OrganisationSpec("04600", OLD, COOPERATIVE, "Hợp tác xã Nông lâm nghiệp Trạm Tấu"),
    OrganisationSpec("04585", OLD, SCHOOL, "Trường THPT Trạm Tấu", ("upper",)),
    OrganisationSpec(
        "04585", OLD, SCHOOL, "Trường Tiểu học và THCS thị trấn Trạm Tấu", ("primary", "lower")
    ),
    OrganisationSpec("04585", OLD, ENTERPRISE, "Công ty TNHH Du lịch Suối khoáng Trạm Tấu"),
    OrganisationSpec(
        "04615",
        OLD,
        SCHOOL,
        "Trường Phổ thông Dân tộc bán trú Tiểu học và THCS Bản Mù",
        ("primary", "lower"),
    ),
    OrganisationSpec("04615", OLD, COOPERATIVE, "Hợp tác xã Dược liệu Bản Mù"),
    OrganisationSpec(
        "04588",
        OLD,
        SCHOOL,
        "Trường Phổ thông Dân tộc bán trú Tiểu học và THCS Túc Đán",
        ("primary", "lower"),
    ),
    OrganisationSpec(
        "04657",
        OLD,
        SCHOOL,
        "Trường Phổ thông Dân tộc bán trú Tiểu học và THCS Suối Giàng",
        ("primary", "lower"),
    ),
    OrganisationSpec("04657", OLD, COOPERATIVE, "Hợp tác xã chè Suối Giàng"),
    OrganisationSpec("04630", OLD, SCHOOL, "Trường THCS Tú Lệ", ("lower",)),
    OrganisationSpec("04630", OLD, COOPERATIVE, "Hợp tác xã Nông nghiệp nếp Tú Lệ"),
    OrganisationSpec("04456", OLD, SCHOOL, "Trường THPT Mù Cang Chải", ("upper",)),
    OrganisationSpec("04456", OLD, COOPERATIVE, "Hợp tác xã Du lịch cộng đồng Mù Cang Chải"),
    OrganisationSpec("04258", OLD, SCHOOL, "Trường THPT Nguyễn Huệ", ("upper",)),
    OrganisationSpec("04258", OLD, ENTERPRISE, "Công ty Cổ phần Dịch vụ số Hoa Ban"),
    OrganisationSpec("04252", OLD, SCHOOL, "Trường Cao đẳng Yên Bái", ("college",)),
    OrganisationSpec("04303", OLD, SCHOOL, "Trường THPT Hoàng Văn Thụ", ("upper",)),
    OrganisationSpec("04303", OLD, ENTERPRISE, "Công ty TNHH Chế tác đá quý Lục Yên"),
    OrganisationSpec("04375", OLD, COOPERATIVE, "Hợp tác xã Quế hồi Văn Yên"),
    OrganisationSpec("04375", OLD, SCHOOL, "Trường THPT Chu Văn An", ("upper",)),
    OrganisationSpec("04714", OLD, ENTERPRISE, "Công ty TNHH Chế biến nông sản Thác Bà"),
    OrganisationSpec("04714", OLD, SCHOOL, "Trường THPT Yên Bình", ("upper",)),
    OrganisationSpec("04288", OLD, SCHOOL, "Trường THPT Nghĩa Lộ", ("upper",)),
    OrganisationSpec("04288", OLD, COOPERATIVE, "Hợp tác xã Gạo nếp Mường Lò"),
    # Registered after the merger, in the new communes.
    OrganisationSpec("04585", NEW, ENTERPRISE, "Công ty TNHH Nông sản sạch Hạnh Phúc"),
    OrganisationSpec("04672", NEW, COOPERATIVE, "Hợp tác xã Thương mại điện tử Văn Chấn"),
)
# Who may study where, by year of birth (ages in the 2025-26 school year).
SCHOOL_LEVEL_BY_BIRTH_YEAR = (
    (2015, "primary"),
    (2011, "lower"),
    (2008, "upper"),
    (0, "college"),
)
COLLEGE_SHARE = 0.6
OFFICIALS_IN_SCHOOLS = 0.3
TRAVEL_SHARE = 0.6


@dataclass(frozen=True, slots=True)
class DemoOrganisations:
    """The demo organisations by commune, and the school the demo school manager runs."""

    managed_school: Organisation
    agency_by_unit: dict[int, Organisation]
    others_by_unit: dict[int, list[Organisation]]
    # Schools and businesses of the former districts (by district id), for people who travel.
    others_by_district: dict[int, list[Organisation]]
    school_levels: dict[int, tuple[str, ...]]


def people_committee_name(unit: AdministrativeUnit) -> str:
    """Name a commune's People's Committee: "Xã Trạm Tấu" -> "Ủy ban nhân dân xã Trạm Tấu"."""
    unit_type = unit.unit_type
    base = unit.name[len(unit_type) :].strip() if unit.name.startswith(unit_type) else unit.name
    return f"Ủy ban nhân dân {unit_type.lower()} {base}"


def _yen_bai_communes() -> tuple[list[AdministrativeUnit], dict[int, AdministrativeUnit]]:
    """The old Yên Bái communes and, for each, the new Lào Cai commune it became part of."""
    old_province = AdministrativeUnit.objects.get(code="15", valid_from=OLD_UNITS_FROM)
    old = list(
        AdministrativeUnit.objects.filter(
            level="commune", valid_from=OLD_UNITS_FROM, path__startswith=old_province.path
        )
        .select_related("parent")
        .order_by("code")
    )
    successor: dict[int, AdministrativeUnit] = {}
    successions = (
        UnitSuccession.objects.filter(predecessor__in=old, effective_on=MERGER_DAY)
        .select_related("successor")
        .order_by("predecessor_id", "successor__code")
    )
    for succession in successions:
        successor.setdefault(succession.predecessor_id, succession.successor)
    return old, successor


@transaction.atomic
def ensure_demo_organisations() -> DemoOrganisations:
    """Create the demo organisations if missing: a People's Committee in every commune of the
    former Yên Bái (before and after the merger), and schools, enterprises and cooperatives in
    a few communes. Idempotent."""
    old_communes, successor = _yen_bai_communes()
    new_communes = sorted({unit.pk: unit for unit in successor.values()}.values(), key=_code)
    units = {(unit.code, unit.valid_from): unit for unit in [*old_communes, *new_communes]}
    wanted: list[tuple[AdministrativeUnit, Organisation.Kind, str]] = [
        (unit, Organisation.Kind.AGENCY, people_committee_name(unit)) for unit in units.values()
    ]
    levels_by_key: dict[tuple[int, str], tuple[str, ...]] = {}
    for spec in DEMO_ORGANISATIONS:
        unit = units[(spec.unit_code, spec.valid_from)]
        wanted.append((unit, spec.kind, spec.name))
        levels_by_key[(unit.pk, spec.name)] = spec.levels
    existing = {
        (organisation.unit_id, organisation.name): organisation
        for organisation in Organisation.objects.filter(unit__in=units.values())
    }
    missing = [
        Organisation(name=name, kind=kind, unit=unit, name_folded=fold(name), is_demo_data=True)
        for unit, kind, name in wanted
        if (unit.pk, name) not in existing
    ]
    Organisation.objects.bulk_create(missing, batch_size=BATCH_SIZE)
    by_key = {
        (organisation.unit_id, organisation.name): organisation
        for organisation in Organisation.objects.filter(unit__in=units.values())
    }
    agency_by_unit: dict[int, Organisation] = {}
    others_by_unit: dict[int, list[Organisation]] = {}
    others_by_district: dict[int, list[Organisation]] = {}
    school_levels: dict[int, tuple[str, ...]] = {}
    for unit, kind, name in wanted:
        organisation = by_key[(unit.pk, name)]
        if kind == Organisation.Kind.AGENCY:
            agency_by_unit[unit.pk] = organisation
            continue
        others_by_unit.setdefault(unit.pk, []).append(organisation)
        if unit.valid_from == OLD_UNITS_FROM and unit.parent_id is not None:
            others_by_district.setdefault(unit.parent_id, []).append(organisation)
        if kind == Organisation.Kind.SCHOOL:
            school_levels[organisation.pk] = levels_by_key[(unit.pk, name)]
    school_unit = units[(MANAGED_SCHOOL[0], MANAGED_SCHOOL[1])]
    return DemoOrganisations(
        managed_school=by_key[(school_unit.pk, MANAGED_SCHOOL[2])],
        agency_by_unit=agency_by_unit,
        others_by_unit=others_by_unit,
        others_by_district=others_by_district,
        school_levels=school_levels,
    )


def _code(unit: AdministrativeUnit) -> str:
    return unit.code


def _weighted(rng: random.Random, choices: Sequence[tuple[T, float]]) -> T:
    values = [value for value, _weight in choices]
    weights = [weight for _value, weight in choices]
    return rng.choices(values, weights)[0]


def vietnamese_name(rng: random.Random, ethnicity: Ethnicity, *, male: bool, born: int) -> str:
    """A plausible full name (family, middle, given) for a person of the given people."""
    young = born >= 1995
    if ethnicity == "hmong":
        given = rng.choice(HMONG_MALE if male else HMONG_FEMALE)
        if born >= 2005 and rng.random() < 0.3:
            given = rng.choice(KINH_MALE if male else KINH_FEMALE)
        return f"{rng.choice(HMONG_FAMILY)} {'A' if male else 'Thị'} {given}"
    if ethnicity == "thai":
        pool: Sequence[str] = THAI_MALE if male else THAI_FEMALE
        if young and rng.random() < 0.4:
            pool = KINH_MALE if male else KINH_FEMALE
        return f"{rng.choice(THAI_FAMILY)} {'Văn' if male else 'Thị'} {rng.choice(pool)}"
    if ethnicity == "dao":
        middle = rng.choice(("Văn", "Văn", "Tiến", "Quý")) if male else "Thị"
        return f"{rng.choice(DAO_FAMILY)} {middle} {rng.choice(DAO_MALE if male else DAO_FEMALE)}"
    if ethnicity == "tay":
        middle = rng.choice(("Văn", "Văn", "Đức")) if male else "Thị"
        given = rng.choice(KINH_MALE if male else KINH_FEMALE)
        return f"{rng.choice(TAY_FAMILY)} {middle} {given}"
    if male:
        middle = rng.choice(KINH_MIDDLE_MALE_YOUNG if young else KINH_MIDDLE_MALE_OLD)
    else:
        middle = rng.choice(KINH_MIDDLE_FEMALE_YOUNG if young else KINH_MIDDLE_FEMALE_OLD)
    given = rng.choice(KINH_MALE if male else KINH_FEMALE)
    return f"{rng.choice(KINH_FAMILY)} {middle} {given}"


def _school_level(born: int) -> str:
    return next(level for first_year, level in SCHOOL_LEVEL_BY_BIRTH_YEAR if born >= first_year)


def _organisation_for(
    rng: random.Random,
    *,
    group_code: str,
    born: int,
    unit: AdministrativeUnit,
    home: AdministrativeUnit,
    organisations: DemoOrganisations,
    college: Organisation | None,
) -> Organisation | None:
    """Where a resident works or studies: in their commune (or, after the merger, in the old
    commune their new one absorbed); upper-secondary pupils and workers with nothing nearby
    often travel within the former district."""
    nearby = organisations.others_by_unit.get(unit.pk, [])
    if unit.pk != home.pk:
        nearby = nearby + organisations.others_by_unit.get(home.pk, [])
    district = organisations.others_by_district.get(home.parent_id or 0, [])
    schools = [org for org in nearby if org.kind == Organisation.Kind.SCHOOL]
    draw = rng.random()
    if group_code == "officials":
        if schools and draw < OFFICIALS_IN_SCHOOLS:
            return rng.choice(schools)
        return organisations.agency_by_unit.get(unit.pk)
    if group_code == "students":
        level = _school_level(born)
        if level == "college":
            return college if draw < COLLEGE_SHARE else None
        if level == "upper" and draw < TRAVEL_SHARE:
            schools = [org for org in district if org.kind == Organisation.Kind.SCHOOL]
        matching = [org for org in schools if level in organisations.school_levels[org.pk]]
        return rng.choice(matching) if matching else None
    if group_code == "workers":
        businesses = [org for org in nearby if org.kind != Organisation.Kind.SCHOOL]
        if not businesses and draw < TRAVEL_SHARE:
            businesses = [org for org in district if org.kind != Organisation.Kind.SCHOOL]
        return rng.choice(businesses) if businesses else None
    return None


@dataclass(frozen=True, slots=True)
class ResidentsReport:
    """What ensure_demo_residents did."""

    created: int
    existing: int


def ensure_demo_residents(*, count: int, organisations: DemoOrganisations) -> ResidentsReport:
    """Top the synthetic residents up to count ("demo-resident-00001"...), deterministically.

    Resident number i is always the same person whatever count is, so a second run with a
    larger count adds people and a run with the same count adds nobody.
    """
    if not 0 <= count <= MAX_RESIDENTS:
        raise ValueError(f"count must be between 0 and {MAX_RESIDENTS}")
    existing = set(
        User.objects.filter(username__startswith=USERNAME_PREFIX).values_list("username", flat=True)
    )
    old_communes, successor = _yen_bai_communes()
    communes = [
        (unit, DISTRICT_WEIGHT.get(unit.parent.code if unit.parent else "", 1.0))
        for unit in old_communes
        if unit.pk in successor
    ]
    groups = {group.code: group for group in TargetGroup.objects.all()}
    group_shares = [(code, share) for code, share in GROUP_SHARES if code in groups]
    college = next(
        (
            org
            for orgs in organisations.others_by_unit.values()
            for org in orgs
            if "college" in organisations.school_levels.get(org.pk, ())
        ),
        None,
    )
    zone = ZoneInfo(settings.TIME_ZONE)
    days = (LAST_JOIN - FIRST_JOIN).days
    rng = random.Random(SEED)  # noqa: S311 -- made-up people must be the same on every run
    people: list[User] = []
    for number in range(1, count + 1):
        group_code = _weighted(rng, group_shares)
        home = _weighted(rng, communes)
        first_year, last_year = BIRTH_YEARS[group_code]
        born = rng.randint(first_year, last_year)
        male = rng.random() < 0.5
        joined_on = FIRST_JOIN + timedelta(days=rng.randint(0, days))
        joined_at = time(rng.randint(7, 21), rng.randint(0, 59), rng.randint(0, 59))
        unit = home if joined_on < MERGER_DAY else successor[home.pk]
        district = home.parent.code if home.parent else ""
        ethnicity = _weighted(rng, ETHNIC_MIX.get(district, DEFAULT_MIX))
        name = vietnamese_name(rng, ethnicity, male=male, born=born)
        has_phone = rng.random() < PHONE_SHARE
        organisation = _organisation_for(
            rng,
            group_code=group_code,
            born=born,
            unit=unit,
            home=home,
            organisations=organisations,
            college=college,
        )
        username = f"{USERNAME_PREFIX}{number:05d}"
        if username in existing:
            continue
        people.append(
            User(
                username=username,
                password=make_password(None),
                full_name=name,
                phone=f"{PHONE_PREFIX}{number:05d}" if has_phone else None,
                birth_year=born,
                unit=unit,
                target_group=groups[group_code],
                organisation=organisation,
                date_joined=datetime.combine(joined_on, joined_at, tzinfo=zone),
                is_demo_data=True,
            )
        )
    with transaction.atomic():
        User.objects.bulk_create(people, batch_size=BATCH_SIZE)
        if people and people[0].pk is None:
            ids = dict(
                User.objects.filter(username__startswith=USERNAME_PREFIX).values_list(
                    "username", "pk"
                )
            )
            for person in people:
                person.pk = ids[person.username]
        ConsentRecord.objects.bulk_create(
            [
                ConsentRecord(
                    user_id=person.pk,
                    notice_version=settings.PRIVACY_NOTICE_VERSION,
                    purposes=CONSENT_PURPOSES,
                )
                for person in people
            ],
            batch_size=BATCH_SIZE,
        )
    return ResidentsReport(created=len(people), existing=len(existing))


def residents_for_bench(count: int) -> list[User]:
    """The first ``count`` synthetic residents with a target group, for make bench; never a real
    account. ValueError when seed_demo has not made that many."""
    people = list(
        User.objects.filter(is_demo_data=True, is_active=True, target_group__isnull=False)
        .exclude(is_staff=True)
        .order_by("pk")[:count]
    )
    if len(people) < count:
        raise ValueError(
            f"Only {len(people)} demo residents with a target group; run seed_demo first"
        )
    return people
