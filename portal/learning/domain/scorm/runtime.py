"""The SCORM run-time on plain values: session and total time, and checking, normalising and
summarising the CMI data a SCO reports.

Sources: ADL SCORM 1.2 Run-Time Environment (2001), §3.4 data model; ADL SCORM 2004 4th Edition
Run-Time Environment (2009), §4 data model.
"""

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Final

from portal.learning.domain.scorm.package import SCORM_12, SCORM_2004

# Times -------------------------------------------------------------------------------------

_TIMESPAN_12 = re.compile(r"^(\d{2,4}):([0-5]\d):([0-5]\d)(\.\d{1,2})?$")
_TIME_12 = re.compile(r"^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{1,2})?$")
_DURATION_2004 = re.compile(
    r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,2})?)S)?)?$"
)
_TIMESTAMP_2004 = re.compile(
    r"^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3])"
    r"(?::[0-5]\d(?::[0-5]\d(?:\.\d{1,2})?)?)?(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?)?)?)?$"
)


def timespan_seconds_12(text: str) -> float | None:
    """Seconds in a SCORM 1.2 CMITimespan (HHHH:MM:SS.SS), or None if malformed."""
    match = _TIMESPAN_12.match(text)
    if match is None:
        return None
    hours, minutes, seconds, fraction = match.groups()
    return int(hours) * 3600 + int(minutes) * 60 + int(seconds) + float(fraction or 0)


def duration_seconds_2004(text: str) -> float | None:
    """Seconds in an ISO 8601 duration (SCORM 2004 timeinterval), or None if malformed.

    A year counts 365 days and a month 30, as the RTE allows for approximate conversion."""
    match = _DURATION_2004.match(text)
    if match is None or text in ("P", "PT") or text.endswith("T"):
        return None
    years, months, days, hours, minutes, seconds = (float(part or 0) for part in match.groups())
    return ((years * 365 + months * 30 + days) * 24 + hours) * 3600 + minutes * 60 + seconds


def session_seconds(version: str, text: str) -> float | None:
    """Seconds of a session_time in the version's own format."""
    if version == SCORM_12:
        return timespan_seconds_12(text)
    return duration_seconds_2004(text)


def format_time(version: str, seconds: float) -> str:
    """A total_time in the version's own format (1.2 HHHH:MM:SS.SS, 2004 PT#H#M#S)."""
    seconds = max(0.0, seconds)
    centiseconds = round(seconds * 100)
    hours, rest = divmod(centiseconds, 360000)
    minutes, rest = divmod(rest, 6000)
    whole, fraction = divmod(rest, 100)
    if version == SCORM_12:
        return f"{min(hours, 9999):04d}:{minutes:02d}:{whole:02d}.{fraction:02d}"
    text = f"PT{hours}H{minutes}M{whole}"
    return text + (f".{fraction:02d}S" if fraction else "S")


@dataclass(frozen=True, slots=True)
class TimeState:
    """Completed sessions' total and the session under way (its id and reported time)."""

    total_seconds: float
    session_id: str
    session_seconds: float


def accumulate_time(
    state: TimeState, *, session_id: str, seconds: float | None, is_final: bool
) -> TimeState:
    """Fold a commit's session_time into the running total.

    A SCO reports session_time for the current session, possibly several times; it counts once,
    when the session ends (Terminate), or when a commit from a new session shows that the
    previous one ended without saying so."""
    total = state.total_seconds
    current_id = state.session_id
    current = state.session_seconds
    if session_id != current_id:
        total += current
        current_id, current = session_id, 0.0
    if seconds is not None:
        current = max(0.0, seconds)
    if is_final:
        return TimeState(total_seconds=total + current, session_id="", session_seconds=0.0)
    return TimeState(total_seconds=total, session_id=current_id, session_seconds=current)


# CMI data model ----------------------------------------------------------------------------

_DECIMAL = re.compile(r"^-?\d+(\.\d+)?$|^-?\.\d+$")
_IDENTIFIER_12 = re.compile(r"^[\x21-\x7e]{1,255}$")
_N = r"(?:0|[1-9]\d{0,3})"  # collections: up to 10 000 rows

STATUS_12 = ("passed", "completed", "failed", "incomplete", "browsed", "not attempted")
EXIT_12 = ("time-out", "suspend", "logout", "")
INTERACTION_TYPES_12 = (
    "true-false",
    "choice",
    "fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
)
RESULTS_12 = ("correct", "wrong", "unanticipated", "neutral")
COMPLETION_2004 = ("completed", "incomplete", "not attempted", "unknown")
SUCCESS_2004 = ("passed", "failed", "unknown")
EXIT_2004 = ("time-out", "suspend", "logout", "normal", "")
INTERACTION_TYPES_2004 = (
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
    "other",
)
RESULTS_2004 = ("correct", "incorrect", "unanticipated", "neutral")


Check = Callable[[str], bool]


def _is_decimal(value: str) -> bool:
    return bool(_DECIMAL.match(value)) and math.isfinite(float(value))


def _string(limit: int) -> Check:
    return lambda value: len(value) <= limit


def _vocabulary(*words: str) -> Check:
    return lambda value: value in words


def _decimal_between(low: float | None, high: float | None) -> Check:
    def check(value: str) -> bool:
        if not _is_decimal(value):
            return False
        number = float(value)
        return (low is None or number >= low) and (high is None or number <= high)

    return check


def _score_12(value: str) -> bool:
    return value == "" or _decimal_between(0, 100)(value)


def _result(words: tuple[str, ...]) -> Check:
    return lambda value: value in words or _is_decimal(value)


def _timespan_12(value: str) -> bool:
    return timespan_seconds_12(value) is not None


def _time_12(value: str) -> bool:
    return bool(_TIME_12.match(value))


def _duration(value: str) -> bool:
    return duration_seconds_2004(value) is not None


def _timestamp(value: str) -> bool:
    return bool(_TIMESTAMP_2004.match(value))


def _identifier_12(value: str) -> bool:
    return bool(_IDENTIFIER_12.match(value))


def _long_identifier(value: str) -> bool:
    return 0 < len(value) <= 4000 and not value.isspace()


def _language(value: str) -> bool:
    return value == "" or bool(re.match(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$", value))


def _nav_request(value: str) -> bool:
    words = ("continue", "previous", "exit", "exitAll", "abandon", "abandonAll", "suspendAll")
    return value in (*words, "_none_") or bool(
        re.match(r"^\{target=[^}]{1,4000}\}(choice|jump)$", value)
    )


@dataclass(frozen=True, slots=True)
class Element:
    """A data-model element: its pattern (``n`` for a collection index), access and check."""

    pattern: str
    access: str  # "r", "w" or "rw"
    check: Check = field(default=lambda value: True)

    @property
    def regex(self) -> re.Pattern[str]:
        return re.compile("^" + re.escape(self.pattern).replace(r"\.n\.", rf"\.{_N}\.") + "$")


_SCORE_12 = _score_12
ELEMENTS_12: Final = (
    Element("cmi.core.student_id", "r"),
    Element("cmi.core.student_name", "r"),
    Element("cmi.core.lesson_location", "rw", _string(255)),
    Element("cmi.core.credit", "r"),
    Element("cmi.core.lesson_status", "rw", _vocabulary(*STATUS_12[:-1])),
    Element("cmi.core.entry", "r"),
    Element("cmi.core.score.raw", "rw", _SCORE_12),
    Element("cmi.core.score.max", "rw", _SCORE_12),
    Element("cmi.core.score.min", "rw", _SCORE_12),
    Element("cmi.core.total_time", "r"),
    Element("cmi.core.lesson_mode", "r"),
    Element("cmi.core.exit", "w", _vocabulary(*EXIT_12)),
    Element("cmi.core.session_time", "w", _timespan_12),
    Element("cmi.suspend_data", "rw", _string(4096)),
    Element("cmi.launch_data", "r"),
    Element("cmi.comments", "rw", _string(4096)),
    Element("cmi.comments_from_lms", "r"),
    Element("cmi.objectives.n.id", "rw", _identifier_12),
    Element("cmi.objectives.n.score.raw", "rw", _SCORE_12),
    Element("cmi.objectives.n.score.max", "rw", _SCORE_12),
    Element("cmi.objectives.n.score.min", "rw", _SCORE_12),
    Element("cmi.objectives.n.status", "rw", _vocabulary(*STATUS_12)),
    Element("cmi.student_data.mastery_score", "r"),
    Element("cmi.student_data.max_time_allowed", "r"),
    Element("cmi.student_data.time_limit_action", "r"),
    Element("cmi.student_preference.audio", "rw", _decimal_between(-1, 100)),
    Element("cmi.student_preference.language", "rw", _string(255)),
    Element("cmi.student_preference.speed", "rw", _decimal_between(-100, 100)),
    Element("cmi.student_preference.text", "rw", _decimal_between(-1, 1)),
    Element("cmi.interactions.n.id", "w", _identifier_12),
    Element("cmi.interactions.n.objectives.n.id", "w", _identifier_12),
    Element("cmi.interactions.n.time", "w", _time_12),
    Element("cmi.interactions.n.type", "w", _vocabulary(*INTERACTION_TYPES_12)),
    Element("cmi.interactions.n.correct_responses.n.pattern", "w", _string(255)),
    Element("cmi.interactions.n.weighting", "w", _is_decimal),
    Element("cmi.interactions.n.student_response", "w", _string(255)),
    Element("cmi.interactions.n.result", "w", _result(RESULTS_12)),
    Element("cmi.interactions.n.latency", "w", _timespan_12),
)
_REAL = _decimal_between(None, None)
ELEMENTS_2004: Final = (
    Element("cmi.comments_from_learner.n.comment", "rw", _string(4000)),
    Element("cmi.comments_from_learner.n.location", "rw", _string(250)),
    Element("cmi.comments_from_learner.n.timestamp", "rw", _timestamp),
    Element("cmi.completion_status", "rw", _vocabulary(*COMPLETION_2004)),
    Element("cmi.completion_threshold", "r"),
    Element("cmi.credit", "r"),
    Element("cmi.entry", "r"),
    Element("cmi.exit", "w", _vocabulary(*EXIT_2004)),
    Element("cmi.interactions.n.id", "rw", _long_identifier),
    Element("cmi.interactions.n.type", "rw", _vocabulary(*INTERACTION_TYPES_2004)),
    Element("cmi.interactions.n.objectives.n.id", "rw", _long_identifier),
    Element("cmi.interactions.n.timestamp", "rw", _timestamp),
    Element("cmi.interactions.n.correct_responses.n.pattern", "rw", _string(4000)),
    Element("cmi.interactions.n.weighting", "rw", _REAL),
    Element("cmi.interactions.n.learner_response", "rw", _string(4000)),
    Element("cmi.interactions.n.result", "rw", _result(RESULTS_2004)),
    Element("cmi.interactions.n.latency", "rw", _duration),
    Element("cmi.interactions.n.description", "rw", _string(250)),
    Element("cmi.launch_data", "r"),
    Element("cmi.learner_id", "r"),
    Element("cmi.learner_name", "r"),
    Element("cmi.learner_preference.audio_level", "rw", _decimal_between(0, None)),
    Element("cmi.learner_preference.language", "rw", _language),
    Element("cmi.learner_preference.delivery_speed", "rw", _decimal_between(0, None)),
    Element("cmi.learner_preference.audio_captioning", "rw", _vocabulary("-1", "0", "1")),
    Element("cmi.location", "rw", _string(1000)),
    Element("cmi.max_time_allowed", "r"),
    Element("cmi.mode", "r"),
    Element("cmi.objectives.n.id", "rw", _long_identifier),
    Element("cmi.objectives.n.score.scaled", "rw", _decimal_between(-1, 1)),
    Element("cmi.objectives.n.score.raw", "rw", _REAL),
    Element("cmi.objectives.n.score.min", "rw", _REAL),
    Element("cmi.objectives.n.score.max", "rw", _REAL),
    Element("cmi.objectives.n.success_status", "rw", _vocabulary(*SUCCESS_2004)),
    Element("cmi.objectives.n.completion_status", "rw", _vocabulary(*COMPLETION_2004)),
    Element("cmi.objectives.n.progress_measure", "rw", _decimal_between(0, 1)),
    Element("cmi.objectives.n.description", "rw", _string(250)),
    Element("cmi.progress_measure", "rw", _decimal_between(0, 1)),
    Element("cmi.scaled_passing_score", "r"),
    Element("cmi.score.scaled", "rw", _decimal_between(-1, 1)),
    Element("cmi.score.raw", "rw", _REAL),
    Element("cmi.score.min", "rw", _REAL),
    Element("cmi.score.max", "rw", _REAL),
    Element("cmi.session_time", "w", _duration),
    Element("cmi.success_status", "rw", _vocabulary(*SUCCESS_2004)),
    Element("cmi.suspend_data", "rw", _string(64000)),
    Element("cmi.time_limit_action", "r"),
    Element("cmi.total_time", "r"),
    Element("adl.nav.request", "rw", _nav_request),
)
_COMPILED: Final = {
    SCORM_12: [(element.regex, element) for element in ELEMENTS_12],
    SCORM_2004: [(element.regex, element) for element in ELEMENTS_2004],
}
MAX_ELEMENTS: Final = 4000


def element_for(version: str, name: str) -> Element | None:
    """The data-model element a dotted name refers to, in this version."""
    for regex, element in _COMPILED[version]:
        if regex.match(name):
            return element
    return None


@dataclass(frozen=True, slots=True)
class CleanCmi:
    values: dict[str, str]
    rejected: tuple[str, ...]


def clean_cmi(version: str, reported: Mapping[str, object]) -> CleanCmi:
    """Keep what a SCO may set, well formed; read-only elements and bad values are dropped.

    The shim already refuses bad values with the standard error codes; this is the server's
    own check, since anything posted may have been written by hand."""
    values: dict[str, str] = {}
    rejected: list[str] = []
    for name, raw in list(reported.items())[:MAX_ELEMENTS]:
        value = "" if raw is None else str(raw) if not isinstance(raw, bool) else ""
        element = element_for(version, str(name))
        if element is None or element.access == "r" or not element.check(value):
            rejected.append(str(name))
            continue
        values[str(name)] = value
    return CleanCmi(values=values, rejected=tuple(rejected))


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a SCO's data says, in SCORM 2004's terms whatever the version."""

    completion_status: str  # completed, incomplete, not attempted, unknown
    success_status: str  # passed, failed, unknown
    score_scaled: float | None  # 0-1 for progress (negative 2004 scores count as 0)

    @property
    def is_completed(self) -> bool:
        return self.completion_status == "completed" or self.success_status == "passed"

    @property
    def has_passed(self) -> bool | None:
        return {"passed": True, "failed": False}.get(self.success_status)

    @property
    def score_percent(self) -> float | None:
        return None if self.score_scaled is None else round(self.score_scaled * 100, 2)


def _number(values: Mapping[str, str], name: str) -> float | None:
    text = values.get(name, "")
    return float(text) if text and _is_decimal(text) else None


def _scaled(raw: float | None, low: float | None, high: float | None) -> float | None:
    if raw is None:
        return None
    if high is not None and high > (low or 0.0):
        fraction = (raw - (low or 0.0)) / (high - (low or 0.0))
    else:
        fraction = raw / 100
    return max(0.0, min(1.0, fraction))


def outcome(
    version: str, values: Mapping[str, str], *, mastery_score: float | None = None
) -> Outcome:
    """Completion, success and score from a SCO's data; a mastery score (percent) decides
    passed/failed when the SCO reports a score (1.2 RTE §3.4.4; 2004 scaled_passing_score)."""
    if version == SCORM_12:
        status = values.get("cmi.core.lesson_status", "") or "not attempted"
        raw = _number(values, "cmi.core.score.raw")
        scaled = _scaled(
            raw, _number(values, "cmi.core.score.min"), _number(values, "cmi.core.score.max")
        )
        if mastery_score is not None and raw is not None and status in STATUS_12[:3]:
            status = "passed" if raw >= mastery_score else "failed"
        completion = {
            "passed": "completed",
            "completed": "completed",
            "failed": "completed",
            "incomplete": "incomplete",
            "browsed": "incomplete",
        }.get(status, "not attempted")
        success = status if status in ("passed", "failed") else "unknown"
        return Outcome(completion_status=completion, success_status=success, score_scaled=scaled)
    completion = values.get("cmi.completion_status", "") or "unknown"
    success = values.get("cmi.success_status", "") or "unknown"
    scaled = _number(values, "cmi.score.scaled")
    if scaled is None:
        scaled = _scaled(
            _number(values, "cmi.score.raw"),
            _number(values, "cmi.score.min"),
            _number(values, "cmi.score.max"),
        )
    if mastery_score is not None and scaled is not None:
        success = "passed" if scaled * 100 >= mastery_score else "failed"
    return Outcome(
        completion_status=completion,
        success_status=success,
        score_scaled=None if scaled is None else max(0.0, min(1.0, scaled)),
    )


def session_time_of(version: str, values: Mapping[str, str]) -> float | None:
    """The session_time a SCO reported, in seconds."""
    name = "cmi.core.session_time" if version == SCORM_12 else "cmi.session_time"
    text = values.get(name, "")
    return session_seconds(version, text) if text else None


def exit_of(version: str, values: Mapping[str, str]) -> str:
    return values.get("cmi.core.exit" if version == SCORM_12 else "cmi.exit", "")


def entry_for(version: str, values: Mapping[str, str], *, has_attempted: bool) -> str:
    """ab-initio on the first launch, resume after a suspend, else empty (RTE cmi.entry)."""
    if not has_attempted:
        return "ab-initio"
    if exit_of(version, values) == "suspend" or values.get("adl.nav.request") == "suspendAll":
        return "resume"
    return ""


_WRITE_ONLY_AT_LAUNCH: Final = {
    SCORM_12: ("cmi.core.exit", "cmi.core.session_time"),
    SCORM_2004: ("cmi.exit", "cmi.session_time", "adl.nav.request"),
}


def launch_values(
    version: str,
    stored: Mapping[str, str],
    *,
    learner_id: str,
    learner_name: str,
    has_attempted: bool,
    total_seconds: float,
    mastery_score: float | None,
    launch_data: str,
) -> dict[str, str]:
    """The data model a SCO starts with: what it saved before plus what the LMS provides."""
    values = {
        name: value
        for name, value in stored.items()
        if name not in _WRITE_ONLY_AT_LAUNCH[version] and element_for(version, name) is not None
    }
    entry = entry_for(version, stored, has_attempted=has_attempted)
    total = format_time(version, total_seconds)
    mastery = "" if mastery_score is None else f"{mastery_score:g}"
    if version == SCORM_12:
        values.setdefault("cmi.core.lesson_status", "not attempted")
        values.update(
            {
                "cmi.core.student_id": learner_id,
                "cmi.core.student_name": learner_name,
                "cmi.core.credit": "credit",
                "cmi.core.entry": entry,
                "cmi.core.total_time": total,
                "cmi.core.lesson_mode": "normal",
                "cmi.launch_data": launch_data,
                "cmi.student_data.mastery_score": mastery,
            }
        )
        return values
    values.setdefault("cmi.completion_status", "unknown")
    values.setdefault("cmi.success_status", "unknown")
    values.update(
        {
            "cmi.learner_id": learner_id,
            "cmi.learner_name": learner_name,
            "cmi.credit": "credit",
            "cmi.entry": entry,
            "cmi.total_time": total,
            "cmi.mode": "normal",
            "cmi.launch_data": launch_data,
        }
    )
    if mastery_score is not None:
        values["cmi.scaled_passing_score"] = f"{mastery_score / 100:g}"
    return values


@dataclass(frozen=True, slots=True)
class Answer:
    """An interaction a SCO recorded, for an xAPI "answered" statement."""

    index: int
    identifier: str
    response: str
    is_correct: bool | None


def answers(version: str, values: Mapping[str, str]) -> list[Answer]:
    """The interactions with a result, by index."""
    response_name = "student_response" if version == SCORM_12 else "learner_response"
    found: list[Answer] = []
    for index in range(MAX_ELEMENTS):
        prefix = f"cmi.interactions.{index}."
        identifier = values.get(prefix + "id")
        if identifier is None:
            break
        result = values.get(prefix + "result", "")
        if not result:
            continue
        found.append(
            Answer(
                index=index,
                identifier=identifier,
                response=values.get(prefix + response_name, ""),
                is_correct={"correct": True, "wrong": False, "incorrect": False}.get(result),
            )
        )
    return found
