"""Rules of aggregate reports on plain values: the month a report covers, its counts, and its
workflow (draft → submitted → approved, or returned for correction and submitted again).

`reached` is cumulative (everyone of the group who has reached basic skills by the end of the
month), so a body's figure cannot go down from one approved month to the next, nor exceed the
group's size. Problems come back as codes with their data; the service words them.
"""

import calendar
import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

# AggregateReportLine counts are PositiveIntegerFields; no commune or organisation comes near.
MAX_COUNT = 10_000_000
_MONTH_ISO = re.compile(r"(\d{4})-(\d{1,2})")
_MONTH_VIETNAMESE = re.compile(r"(\d{1,2})/(\d{4})")


class Status(enum.StrEnum):
    """Where a report stands (the values of AggregateReport.Status)."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"


class Action(enum.StrEnum):
    """What can be done to a report."""

    SAVE = "save"
    SUBMIT = "submit"
    APPROVE = "approve"
    RETURN = "return"


# (action, status before) → status after. Saving keeps a returned report returned (with its
# reviewer's comment) until it is submitted again; returning an approved report reopens it.
TRANSITIONS: Mapping[tuple[Action, Status], Status] = {
    (Action.SAVE, Status.DRAFT): Status.DRAFT,
    (Action.SAVE, Status.RETURNED): Status.RETURNED,
    (Action.SUBMIT, Status.DRAFT): Status.SUBMITTED,
    (Action.SUBMIT, Status.RETURNED): Status.SUBMITTED,
    (Action.APPROVE, Status.SUBMITTED): Status.APPROVED,
    (Action.RETURN, Status.SUBMITTED): Status.RETURNED,
    (Action.RETURN, Status.APPROVED): Status.RETURNED,
}


class Problem(enum.StrEnum):
    """What can be wrong with a report's values."""

    MONTH_INVALID = "month_invalid"
    MONTH_IN_FUTURE = "month_in_future"
    MONTH_BEFORE_CAMPAIGN = "month_before_campaign"
    COUNT_NEGATIVE = "count_negative"
    COUNT_TOO_LARGE = "count_too_large"
    ABOVE_GROUP_SIZE = "above_group_size"
    BELOW_EARLIER = "below_earlier"
    ABOVE_LATER = "above_later"


@dataclass(frozen=True, slots=True)
class Period:
    """One calendar month: its first and last day."""

    start: date
    end: date

    @property
    def month_text(self) -> str:
        """The month as shown: 05/2025."""
        return f"{self.start.month:02d}/{self.start.year}"

    @property
    def month_value(self) -> str:
        """The month as an <input type="month"> holds it: 2025-05."""
        return f"{self.start.year}-{self.start.month:02d}"


@dataclass(frozen=True, slots=True)
class Figure:
    """An approved cumulative figure of the same body for another month."""

    period: Period
    reached: int


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem with what its message needs."""

    problem: Problem
    data: Mapping[str, object] = field(default_factory=dict)


def period_of(year: int, month: int) -> Period:
    """The calendar month as a period, first to last day."""
    return Period(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))


def parse_month(text: str) -> Period | None:
    """A month written 2025-05 (as browsers send it) or 05/2025 (as people write it); None when
    it is neither."""
    text = text.strip()
    iso = _MONTH_ISO.fullmatch(text)
    vietnamese = _MONTH_VIETNAMESE.fullmatch(text)
    if iso:
        year, month = int(iso[1]), int(iso[2])
    elif vietnamese:
        year, month = int(vietnamese[2]), int(vietnamese[1])
    else:
        return None
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        return None
    return period_of(year, month)


def check_period(period: Period, *, today: date, campaign_start: date) -> Finding | None:
    """A report covers a month that has begun, from the campaign's first month on."""
    if period.start > today:
        return Finding(Problem.MONTH_IN_FUTURE, {"month": period.month_text})
    first = period_of(campaign_start.year, campaign_start.month)
    if period.start < first.start:
        return Finding(Problem.MONTH_BEFORE_CAMPAIGN, {"first": first.month_text})
    return None


def check_count(value: int) -> Finding | None:
    """A count is a whole number of people from 0 to MAX_COUNT."""
    if value < 0:
        return Finding(Problem.COUNT_NEGATIVE, {"value": value})
    if value > MAX_COUNT:
        return Finding(Problem.COUNT_TOO_LARGE, {"value": value, "limit": MAX_COUNT})
    return None


def check_reached(
    reached: int,
    *,
    group_size: int | None,
    earlier: Figure | None,
    later: Figure | None,
) -> list[Finding]:
    """A cumulative figure is at most the group's size (when known), at least the body's
    approved figure of the latest earlier month, and at most that of the earliest later month."""
    findings = []
    if group_size is not None and reached > group_size:
        findings.append(Finding(Problem.ABOVE_GROUP_SIZE, {"value": reached, "size": group_size}))
    if earlier is not None and reached < earlier.reached:
        findings.append(
            Finding(
                Problem.BELOW_EARLIER,
                {"value": reached, "earlier": earlier.reached, "month": earlier.period.month_text},
            )
        )
    if later is not None and reached > later.reached:
        findings.append(
            Finding(
                Problem.ABOVE_LATER,
                {"value": reached, "later": later.reached, "month": later.period.month_text},
            )
        )
    return findings


def neighbours(period: Period, approved: Iterable[Figure]) -> tuple[Figure | None, Figure | None]:
    """Of a body's approved figures for other months, the latest before period and the
    earliest after it."""
    before = [figure for figure in approved if figure.period.start < period.start]
    after = [figure for figure in approved if figure.period.start > period.start]
    return (
        max(before, key=lambda figure: figure.period.start, default=None),
        min(after, key=lambda figure: figure.period.start, default=None),
    )


def next_status(action: Action, status: Status) -> Status | None:
    """The status a report takes when action is done to it, or None when it cannot be."""
    return TRANSITIONS.get((action, status))


def is_editable(status: Status) -> bool:
    """Whether a report's figures may be changed (drafts and returned reports)."""
    return next_status(Action.SAVE, status) is not None


def changes(
    before: Mapping[str, object], after: Mapping[str, object]
) -> dict[str, dict[str, object]]:
    """The values that differ, {"adults.reached": {"before": 10, "after": 12}}, by key; a key
    missing on one side is None there."""
    return {
        key: {"before": before.get(key), "after": after.get(key)}
        for key in sorted(set(before) | set(after))
        if before.get(key) != after.get(key)
    }
