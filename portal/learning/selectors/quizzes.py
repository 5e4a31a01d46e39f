"""A quiz's questions, an attempt as the form shows it, and the review after handing in."""

from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AnonymousUser

from portal.accounts.models import User
from portal.learning.domain import quiz as quiz_domain
from portal.learning.models import (
    QuizAttempt,
    QuizPage,
)
from portal.learning.selectors.courses import lesson_context


def quiz_questions(quiz: QuizPage) -> list[quiz_domain.Question]:
    return quiz_domain.questions_from_stream(quiz.questions.raw_data)


def quiz_context(*, quiz: QuizPage, user: User | AnonymousUser) -> dict[str, Any]:
    context = lesson_context(lesson=quiz, user=user)
    attempts: list[QuizAttempt] = []
    if user.is_authenticated:
        attempts = list(QuizAttempt.objects.filter(person_id=user.pk, quiz=quiz))
    used = len(attempts)
    context.update(
        {
            "question_count": len(quiz_questions(quiz)),
            "attempts": attempts,
            "open_attempt": next((a for a in attempts if a.submitted_at is None), None),
            "attempts_left": (quiz.max_attempts - used) if quiz.max_attempts else None,
            "best_percent": max((a.percent or 0 for a in attempts if a.submitted_at), default=None),
        }
    )
    return context


@dataclass(frozen=True, slots=True)
class OptionView:
    index: int  # in the stored question
    text: str
    is_chosen: bool
    position: int | None  # ordering questions: the place (1-based) the learner gave it


@dataclass(frozen=True, slots=True)
class QuestionView:
    question: quiz_domain.Question
    number: int
    options: list[OptionView]  # in the order shown
    answer: object
    positions: range


def _option_view(question: quiz_domain.Question, index: int, answer: object) -> OptionView:
    chosen = answer if isinstance(answer, list) else [answer]
    position = None
    if question.kind is quiz_domain.Kind.ORDER and isinstance(answer, list) and index in answer:
        position = answer.index(index) + 1
    return OptionView(
        index=index,
        text=question.options[index].text,
        is_chosen=not isinstance(answer, bool) and index in chosen,
        position=position,
    )


def attempt_questions(attempt: QuizAttempt) -> list[QuestionView]:
    questions = {question.id: question for question in quiz_questions(attempt.quiz)}
    layout = quiz_domain.layout_from_json(attempt.layout)
    views = []
    for number, question_id in enumerate(layout.questions, start=1):
        question = questions.get(question_id)
        if question is None:
            continue
        order = layout.options.get(question_id, tuple(range(len(question.options))))
        answer = attempt.answers.get(question_id)
        views.append(
            QuestionView(
                question=question,
                number=number,
                options=[
                    _option_view(question, index, answer)
                    for index in order
                    if index < len(question.options)
                ],
                answer=answer,
                positions=range(1, len(question.options) + 1),
            )
        )
    return views


@dataclass(frozen=True, slots=True)
class ReviewRow:
    view: QuestionView
    is_correct: bool
    feedback: tuple[str, ...]
    correct_texts: tuple[str, ...]


def attempt_review(attempt: QuizAttempt) -> list[ReviewRow]:
    rows = []
    for view in attempt_questions(attempt):
        question = view.question
        if question.kind is quiz_domain.Kind.ORDER:
            correct = tuple(option.text for option in question.options)
        elif question.kind is quiz_domain.Kind.TRUE_FALSE:
            correct = ()
        else:
            correct = tuple(option.text for option in question.options if option.is_correct)
        rows.append(
            ReviewRow(
                view=view,
                is_correct=quiz_domain.is_correct(question, view.answer),
                feedback=quiz_domain.feedback_for(question, view.answer),
                correct_texts=correct,
            )
        )
    return rows
