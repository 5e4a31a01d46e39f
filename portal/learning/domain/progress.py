"""When a lesson counts as done, how far a course is, and when a learning path is complete."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LessonState:
    """A learner's state on one lesson of a course; ``kind`` is lesson, quiz or scorm."""

    lesson_id: int
    kind: str
    is_completed: bool
    has_passed: bool | None


@dataclass(frozen=True, slots=True)
class CourseProgress:
    done: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def is_complete(self) -> bool:
        return self.total > 0 and self.done == self.total


def is_lesson_done(state: LessonState) -> bool:
    """A reading lesson when marked done; a quiz when passed; a SCORM activity when completed
    and not failed (a SCO that reports no success status passes by completing)."""
    if state.kind == "quiz":
        return state.has_passed is True
    return state.is_completed and state.has_passed is not False


def course_progress(
    lesson_ids: Sequence[int], kinds: Mapping[int, str], states: Iterable[LessonState]
) -> CourseProgress:
    """Progress over the course's current lessons; states of removed lessons do not count."""
    by_lesson = {state.lesson_id: state for state in states}
    done = sum(
        1
        for lesson_id in lesson_ids
        if lesson_id in by_lesson and is_lesson_done(by_lesson[lesson_id])
    )
    return CourseProgress(done=done, total=len(lesson_ids))


def is_path_complete(
    course_ids: Iterable[int], completed_course_ids: Iterable[int], final_quiz_passed: bool
) -> bool:
    """Every course of the path completed and, when it has one, its final quiz passed."""
    courses = set(course_ids)
    return bool(courses) and courses <= set(completed_course_ids) and final_quiz_passed
