"""Quiz attempts: start (within the attempts limit), autosave answers, submit and score."""

import secrets
import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.accounts.models import User
from portal.core.exceptions import ConflictError, DomainError, NotFoundError
from portal.learning import selectors
from portal.learning.domain import quiz as quiz_domain
from portal.learning.models import Enrolment, QuizAttempt, QuizPage
from portal.learning.services import progress, statements

# Answers saved this long after the deadline still count (a slow network, a late tap).
DEADLINE_GRACE = timedelta(seconds=30)

PROBLEM_MESSAGES = {
    quiz_domain.Problem.UNKNOWN_QUESTION: _("This question is not part of the quiz."),
    quiz_domain.Problem.NO_CHOICE: _("Choose an answer."),
    quiz_domain.Problem.ONE_CHOICE: _("Choose one answer."),
    quiz_domain.Problem.UNKNOWN_OPTION: _("This answer is not one of the options."),
    quiz_domain.Problem.INCOMPLETE_ORDER: _("Put every step in a place, each step once."),
}


class QuizError(DomainError):
    """The quiz cannot be started, answered or submitted as asked."""


def start_attempt(*, person: User, quiz: QuizPage) -> QuizAttempt:
    """Continue the open attempt, or start a new one if the limit allows."""
    course = selectors.course_of(quiz)
    if course is None or not quiz.live:
        raise NotFoundError(_("This quiz is not available."))
    if not Enrolment.objects.filter(person=person, course=course).exists():
        raise progress.NotEnrolledError
    with transaction.atomic():
        open_attempt = (
            QuizAttempt.objects.select_for_update()
            .filter(person=person, quiz=quiz, submitted_at__isnull=True)
            .first()
        )
        if open_attempt is not None:
            if not _is_past_deadline(open_attempt):
                return open_attempt
            _finish(open_attempt)
        used = QuizAttempt.objects.filter(person=person, quiz=quiz).count()
        if quiz.max_attempts and used >= quiz.max_attempts:
            raise QuizError(
                ngettext(
                    "You have used your %(count)d attempt at this quiz.",
                    "You have used all %(count)d attempts at this quiz.",
                    quiz.max_attempts,
                )
                % {"count": quiz.max_attempts}
            )
        questions = selectors.quiz_questions(quiz)
        if not questions:
            raise QuizError(_("This quiz has no questions yet."))
        layout = quiz_domain.layout_for(
            questions,
            seed=secrets.randbits(62),
            shuffle_questions=quiz.shuffle_questions,
            shuffle_options=quiz.shuffle_options,
        )
        now = timezone.now()
        deadline = (
            now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None
        )
        try:
            with transaction.atomic():
                attempt = QuizAttempt.objects.create(
                    person=person,
                    quiz=quiz,
                    number=used + 1,
                    deadline=deadline,
                    layout=layout.as_json(),
                )
        except IntegrityError as error:
            raise ConflictError(_("This quiz was just started in another window.")) from error
    statements.record_statement(person=person, verb="attempted", page=quiz, course=course)
    return attempt


def save_answer(
    *, person: User, attempt_id: uuid.UUID | str, question_id: str, answer: object
) -> QuizAttempt:
    """Save one answer (again: the last one counts). Saving twice changes nothing more."""
    with transaction.atomic():
        attempt = _own_attempt(person, attempt_id, lock=True)
        if attempt.submitted_at is not None:
            raise ConflictError(_("This attempt has already been submitted."))
        if attempt.deadline and timezone.now() > attempt.deadline + DEADLINE_GRACE:
            raise ConflictError(_("Time is up: the answers saved before the end count."))
        questions = {question.id: question for question in selectors.quiz_questions(attempt.quiz)}
        question = questions.get(question_id)
        if question is None:
            raise QuizError(PROBLEM_MESSAGES[quiz_domain.Problem.UNKNOWN_QUESTION])
        problem = quiz_domain.answer_problem(question, answer)
        if problem is not None:
            raise QuizError(PROBLEM_MESSAGES[problem])
        if attempt.answers.get(question_id) != answer:
            attempt.answers = {**attempt.answers, question_id: answer}
            attempt.save(update_fields=["answers"])
    return attempt


def save_answers(
    *, person: User, attempt_id: uuid.UUID | str, answers: dict[str, object]
) -> dict[str, str]:
    """Save every well-formed answer of a posted form; return the problems of the others,
    by question id (nothing is saved for those)."""
    problems: dict[str, str] = {}
    for question_id, answer in answers.items():
        try:
            save_answer(
                person=person, attempt_id=attempt_id, question_id=question_id, answer=answer
            )
        except QuizError as error:
            problems[question_id] = str(error)
    return problems


@dataclass(frozen=True, slots=True)
class Submission:
    attempt: QuizAttempt
    grade: quiz_domain.Grade


def submit_attempt(*, person: User, attempt_id: uuid.UUID | str) -> Submission:
    """Score the attempt on the server; submitting again returns the same result."""
    with transaction.atomic():
        attempt = _own_attempt(person, attempt_id, lock=True)
        if attempt.submitted_at is None:
            _finish(attempt)
    grade = quiz_domain.Grade(
        score=attempt.score or 0,
        max_score=attempt.max_score or 0,
        percent=attempt.percent or 0,
        has_passed=bool(attempt.has_passed),
    )
    return Submission(attempt=attempt, grade=grade)


def _finish(attempt: QuizAttempt) -> None:
    quiz = attempt.quiz
    questions = selectors.quiz_questions(quiz)
    result = quiz_domain.grade(questions, attempt.answers, pass_mark_percent=quiz.pass_mark_percent)
    attempt.submitted_at = timezone.now()
    attempt.score = result.score
    attempt.max_score = result.max_score
    attempt.has_passed = result.has_passed
    attempt.save(update_fields=["submitted_at", "score", "max_score", "has_passed"])
    progress.record_activity_result(
        person=attempt.person,
        lesson=quiz,
        is_completed=result.has_passed,
        score_percent=float(result.percent),
        has_passed=result.has_passed,
    )


def _own_attempt(person: User, attempt_id: uuid.UUID | str, *, lock: bool) -> QuizAttempt:
    queryset = QuizAttempt.objects.select_related("quiz")
    if lock:
        queryset = queryset.select_for_update(of=("self",))
    attempt = queryset.filter(pk=attempt_id, person=person).first()
    if attempt is None:
        raise NotFoundError(_("This attempt does not exist."))
    return attempt


def _is_past_deadline(attempt: QuizAttempt) -> bool:
    return attempt.deadline is not None and timezone.now() > attempt.deadline + DEADLINE_GRACE
