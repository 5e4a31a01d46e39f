"""xAPI 1.0.3 statements of learning events, as plain dictionaries.

The actor is an account on this site named by an opaque number, never a name, phone or e-mail:
a learning record store receives no personal data it does not need (Decree 13/2023/NĐ-CP).
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

ADL = "http://adlnet.gov/expapi/verbs/"
VERBS = {
    "registered": "registered",
    "experienced": "experienced",
    "launched": "launched",
    "initialized": "initialized",
    "attempted": "attempted",
    "answered": "answered",
    "completed": "completed",
    "passed": "passed",
    "failed": "failed",
    "terminated": "terminated",
}
VERB_NAMES_VI = {
    "registered": "đăng ký học",
    "experienced": "đã xem",
    "launched": "mở học liệu",
    "initialized": "bắt đầu",
    "attempted": "làm bài",
    "answered": "trả lời",
    "completed": "hoàn thành",
    "passed": "đạt",
    "failed": "chưa đạt",
    "terminated": "kết thúc",
}
ACTIVITY_TYPES = {
    "course": "http://adlnet.gov/expapi/activities/course",
    "lesson": "http://adlnet.gov/expapi/activities/lesson",
    "quiz": "http://adlnet.gov/expapi/activities/assessment",
    "scorm": "http://adlnet.gov/expapi/activities/lesson",
    "question": "http://adlnet.gov/expapi/activities/cmi.interaction",
}


@dataclass(frozen=True, slots=True)
class Activity:
    iri: str
    kind: str
    name: str


def statement(
    *,
    statement_id: str,
    site_url: str,
    actor_number: str,
    verb: str,
    activity: Activity,
    timestamp: datetime,
    course: Activity | None = None,
    result: Mapping[str, object] | None = None,
) -> dict[str, object]:
    """One statement; ``result`` uses xAPI's names (score.scaled, success, completion…)."""
    if verb not in VERBS:
        raise ValueError(f"unknown verb {verb!r}")
    body: dict[str, object] = {
        "id": statement_id,
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": site_url, "name": actor_number},
        },
        "verb": {"id": ADL + VERBS[verb], "display": {"vi-VN": VERB_NAMES_VI[verb], "en-US": verb}},
        "object": {
            "objectType": "Activity",
            "id": activity.iri,
            "definition": {
                "type": ACTIVITY_TYPES.get(activity.kind, ACTIVITY_TYPES["lesson"]),
                "name": {"vi-VN": activity.name},
            },
        },
        "timestamp": timestamp.isoformat(),
        "version": "1.0.3",
    }
    if result:
        body["result"] = dict(result)
    if course is not None and course.iri != activity.iri:
        body["context"] = {
            "contextActivities": {
                "parent": [
                    {
                        "objectType": "Activity",
                        "id": course.iri,
                        "definition": {
                            "type": ACTIVITY_TYPES["course"],
                            "name": {"vi-VN": course.name},
                        },
                    }
                ]
            },
            "platform": "Bình dân học vụ số",
            "language": "vi-VN",
        }
    return body


def score_result(
    *, percent: float | None, has_passed: bool | None, is_completed: bool | None
) -> dict[str, object]:
    """An xAPI result from a percentage and the pass/completion flags."""
    result: dict[str, object] = {}
    if percent is not None:
        result["score"] = {"scaled": round(max(0.0, min(100.0, percent)) / 100, 4)}
    if has_passed is not None:
        result["success"] = has_passed
    if is_completed is not None:
        result["completion"] = is_completed
    return result
