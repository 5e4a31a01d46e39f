"""Campaign endpoints: administrative units across the 2025 merger, target groups, and
registration figures for managers."""

import datetime as dt
from typing import Any, Literal

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate

from portal.accounts import permissions
from portal.accounts import selectors as accounts_selectors
from portal.api.v1.accounts import (
    SIGNED_IN,
    ErrorOut,
    Pages,
    PersonalTokenAuth,
    RecordId,
    UnitRef,
    manager_of,
)
from portal.campaign import progress as campaign_progress
from portal.campaign import selectors as campaign_selectors
from portal.campaign.models import AdministrativeUnit, TargetGroup
from portal.core.exceptions import NotFoundError

router = Router()

LevelCode = Literal["province", "district", "commune"]
# Search answers are short lists; this only bounds a one-letter query.
MAX_SEARCH_RESULTS = 500


class UnitFilters(Schema):
    q: str | None = Field(
        None,
        max_length=100,
        description="Words of the name, diacritics and case ignored ('tram tau'), "
        "or the start of a GSO code when only digits.",
    )
    code: str | None = Field(
        None, max_length=10, pattern=r"^\d+$", description="Exact GSO code, e.g. 04606."
    )
    level: LevelCode | None = None
    parent: RecordId | None = Field(None, description="Only the units directly below this one.")
    date: dt.date | None = Field(
        None,
        description="Only units that existed on this day (default today); a day before "
        "2025-07-01 shows the province-district-commune structure before the merger.",
    )


class UnitOut(Schema):
    id: int
    code: str = Field(description="GSO code; leading zeros are part of it.")
    name: str
    type: str = Field(description="Tỉnh, Huyện, Thành phố, Thị xã, Xã, Phường, Thị trấn…")
    level: LevelCode
    parent_id: int | None
    parent_name: str | None
    valid_from: dt.date
    valid_to: dt.date | None = Field(
        description="Last day the unit existed; null if it still does."
    )
    successor_codes: list[str] = Field(description="Codes of the units it was merged into.")

    @staticmethod
    def resolve_type(unit: AdministrativeUnit) -> str:
        return unit.unit_type

    @staticmethod
    def resolve_parent_name(unit: AdministrativeUnit) -> str | None:
        return unit.parent.name if unit.parent is not None else None

    @staticmethod
    def resolve_successor_codes(unit: AdministrativeUnit) -> list[str]:
        return sorted(link.successor.code for link in unit.successions.all())


class TargetGroupOut(Schema):
    code: str
    name_vi: str
    name_en: str
    target_2025_percent: int
    target_2026_percent: int
    min_age_years: int | None
    max_age_years: int | None


class RegistrationFilters(Schema):
    unit: RecordId | None = Field(
        None, description="Figures for the units directly below this one (default: the top)."
    )
    date: dt.date | None = Field(None, description="Registered by the end of this day.")


class UnitFigureOut(Schema):
    unit: UnitRef
    level: LevelCode
    total: int
    by_target_group: dict[str, int] = Field(description="People per target group code.")


class RegistrationsOut(Schema):
    date: dt.date
    unit: UnitRef | None
    units: list[UnitFigureOut]


class UnitDetailOut(UnitOut):
    children: list[UnitOut] = Field(description="Units directly below, whenever they existed.")

    @staticmethod
    def resolve_children(unit: AdministrativeUnit) -> list[AdministrativeUnit]:
        return list(campaign_selectors.with_links(campaign_selectors.unit_children(unit)))


def _parent(unit_id: int | None) -> AdministrativeUnit | None:
    if unit_id is None:
        return None
    parent = campaign_selectors.unit_by_id(unit_id)
    if parent is None:
        raise NotFoundError("no such parent unit")
    return parent


@router.get("/units", response={200: list[UnitOut], 404: ErrorOut}, summary="List units")
@paginate(Pages)
def list_units(request: HttpRequest, filters: Query[UnitFilters]) -> Any:
    """Administrative units valid on a day, searched by name or code, or below a parent."""
    return campaign_selectors.units_listing(
        day=filters.date or timezone.localdate(),
        query=filters.q or "",
        level=filters.level,
        parent=_parent(filters.parent),
        code=filters.code,
        search_limit=MAX_SEARCH_RESULTS,
    )


@router.get(
    "/units/{unit_id}",
    response={200: UnitDetailOut, 404: ErrorOut, 422: ErrorOut},
    summary="One unit with its children",
)
def get_unit(request: HttpRequest, unit_id: RecordId) -> AdministrativeUnit:
    """One unit, whenever it existed, with the units directly below it."""
    unit = campaign_selectors.unit_by_id(unit_id)
    if unit is None:
        raise NotFoundError("no such unit")
    return unit


@router.get("/target-groups", response=list[TargetGroupOut], summary="The campaign's target groups")
def list_target_groups(request: HttpRequest) -> QuerySet[TargetGroup]:
    """The four target groups with their provincial targets, in display order."""
    return campaign_selectors.target_groups()


@router.get(
    "/campaign/registrations",
    auth=SIGNED_IN,
    response={200: RegistrationsOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Registered people per unit and target group",
)
def list_registrations(request: HttpRequest, filters: Query[RegistrationFilters]) -> dict[str, Any]:
    """People registered by a day in each unit below a unit, limited to the caller's scope."""
    manager = manager_of(request)
    day = filters.date or timezone.localdate()
    parent = None
    if filters.unit is not None:
        parent = campaign_selectors.unit_by_id(filters.unit)
        if parent is None or not permissions.can_view_unit(manager, parent.pk):
            raise NotFoundError("no such unit")
    figures = accounts_selectors.registered_people_by_unit(
        scope=permissions.scope_of(manager), day=day, parent=parent
    )
    return {
        "date": day,
        "unit": parent,
        "units": [
            {
                "unit": figure.unit,
                "level": figure.unit.level,
                "total": figure.total,
                "by_target_group": figure.by_group,
            }
            for figure in figures
        ],
    }


GroupCode = Literal["officials", "students", "adults", "workers"]


class ProgressFilters(Schema):
    unit: str = Field(
        "15", max_length=10, pattern=r"^\d+$", description="GSO code of the unit (default: 15)."
    )
    date: dt.date | None = Field(
        None, description="The day the figures are for (default today); the unit must exist then."
    )


class GroupProgressOut(Schema):
    group: GroupCode
    denominator: int | None = Field(description="People of the group in the unit that year.")
    attained: int | None = Field(
        description="People with basic digital skills by that day, each counted once: per commune"
        " the larger of `individual` and `reported`, summed over communes."
    )
    individual: int | None = Field(
        description="Of the group, people with an individual result on the platform."
    )
    reported: int | None = Field(
        description="People in the communes' and organisations' approved aggregate reports."
    )
    confirmed: int | None = Field(description="Of them, confirmed (adults only; else null).")
    rate: float | None = Field(description="attained / denominator, 0–1.")
    target: float | None = Field(description="The share to reach, 0–1.")
    target_date: dt.date | None
    status: Literal["reached", "on_track", "at_risk", "behind"] | None
    suppressed: bool = Field(
        description="True when the public sees no figure: the group has fewer than 10 people."
    )

    @staticmethod
    def resolve_suppressed(figures: Any) -> bool:
        return bool(figures.is_suppressed)


class UnitProgressRef(Schema):
    code: str
    name: str
    level: LevelCode


class ChildProgressOut(Schema):
    code: str
    name: str
    groups: list[GroupProgressOut]

    @staticmethod
    def resolve_code(figures: Any) -> str:
        return str(figures.unit.code)

    @staticmethod
    def resolve_name(figures: Any) -> str:
        return str(figures.unit.name)


class ProgressOut(Schema):
    unit: UnitProgressRef
    date: dt.date
    groups: list[GroupProgressOut]
    children: list[ChildProgressOut]

    @staticmethod
    def resolve_date(figures: Any) -> dt.date:
        return figures.day  # type: ignore[no-any-return]


@router.get(
    "/campaign/progress",
    response={200: ProgressOut, 401: ErrorOut, 404: ErrorOut},
    summary="Progress against the targets, per group, for a unit and its children",
)
def get_progress(request: HttpRequest, filters: Query[ProgressFilters]) -> Any:
    """People who reached basic digital skills per target group, the group sizes, rates and
    targets, for a unit on a day and each unit directly below it. Anyone may ask: the public
    gets aggregates with small groups (fewer than 10 people) suppressed; managers signed in (or
    with a token) get every figure of the units in their area."""
    day = filters.date or timezone.localdate()
    unit = campaign_progress.unit_for_code(filters.unit, day)
    if unit is None:
        raise HttpError(404, f"No unit with code {filters.unit} existed on {day.isoformat()}.")
    viewer = _viewer(request)
    public = viewer is None or not permissions.can_view_unit(viewer, unit.pk)
    return campaign_progress.progress(unit=unit, day=day, public=public)


def _viewer(request: HttpRequest) -> Any:
    """The signed-in person (session or bearer token), or None for the public."""
    if request.headers.get("Authorization"):
        PersonalTokenAuth()(request)  # 401 with a reason for a bad token
        return request.user
    return request.user if request.user.is_authenticated else None
