"""Learning pages that are not Wagtail pages: my learning, enrolment, lesson completion and
quiz attempts. Every form works without JavaScript; with htmx, answers save as they change."""

from dataclasses import fields
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.views import serve as wagtail_serve

from portal.accounts.models import User
from portal.core.exceptions import DomainError, NotFoundError
from portal.learning import forms, selectors
from portal.learning.models import CoursePage, LessonPage, QuizAttempt, QuizPage
from portal.learning.services import progress, quizzes


def _fields_of(view: selectors.QuestionView) -> dict[str, object]:
    return {field.name: getattr(view, field.name) for field in fields(view)}


def _person(request: HttpRequest) -> User:
    assert isinstance(request.user, User)  # noqa: S101 - login_required ran first
    return request.user


def _is_htmx(request: HttpRequest) -> bool:
    return bool(request.headers.get("HX-Request"))


@require_GET
def start(request: HttpRequest) -> HttpResponse:
    """/hoc/: the course catalogue (a Wagtail page), or a notice while there is none."""
    catalog = selectors.catalog_page()
    if catalog is not None and catalog.url and catalog.url.rstrip("/").endswith("/hoc"):
        return wagtail_serve(request, "hoc/")
    if catalog is not None:
        return redirect(catalog.url)
    return render(request, "learning/start.html")


@login_required
@require_GET
def my_learning(request: HttpRequest) -> HttpResponse:
    context = selectors.my_learning(_person(request))
    return render(request, "learning/my_learning.html", context)


@login_required
@require_POST
def enrol(request: HttpRequest, course_id: int) -> HttpResponse:
    course = CoursePage.objects.live().filter(pk=course_id).first()
    if course is None:
        raise Http404
    progress.enrol(person=_person(request), course=course)
    next_lesson = selectors.lessons_of(course)[:1]
    messages.success(request, _("You are enrolled. Your progress is saved as you learn."))
    return redirect(next_lesson[0].url if next_lesson else course.url)


@login_required
@require_POST
def lesson_complete(request: HttpRequest, lesson_id: int) -> HttpResponse:
    """ "I have finished this lesson": saves it, then goes on to the next lesson."""
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    if lesson is None:
        raise Http404
    try:
        progress.complete_lesson(person=_person(request), lesson=lesson)
    except DomainError as error:
        messages.error(request, str(error))
        return redirect(lesson.url)
    context = selectors.lesson_context(lesson=lesson, user=request.user)
    following = context.get("next_lesson")
    course = context.get("course")
    target = following.url if following else (course.url if course else lesson.url)
    return redirect(target)


@login_required
@require_POST
def quiz_start(request: HttpRequest, quiz_id: int) -> HttpResponse:
    quiz = QuizPage.objects.live().filter(pk=quiz_id).first()
    if quiz is None:
        raise Http404
    try:
        attempt = quizzes.start_attempt(person=_person(request), quiz=quiz)
    except DomainError as error:
        messages.error(request, str(error))
        return redirect(quiz.url)
    return redirect("learning:quiz-attempt", attempt_id=attempt.pk)


def _attempt(request: HttpRequest, attempt_id: UUID) -> QuizAttempt:
    attempt = (
        QuizAttempt.objects.select_related("quiz")
        .filter(pk=attempt_id, person_id=request.user.pk)
        .first()
    )
    if attempt is None:
        raise Http404
    return attempt


def _attempt_page(
    request: HttpRequest, attempt: QuizAttempt, problems: dict[str, str], status: int = 200
) -> HttpResponse:
    context = selectors.lesson_context(lesson=attempt.quiz, user=request.user)
    context.update(
        {
            "attempt": attempt,
            "quiz": attempt.quiz,
            "questions": [
                {**_fields_of(view), "error": problems.get(view.question.id, "")}
                for view in selectors.attempt_questions(attempt)
            ],
            "problems": problems,
        }
    )
    response = render(request, "learning/quiz_attempt.html", context, status=status)
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_GET
def quiz_attempt(request: HttpRequest, attempt_id: UUID) -> HttpResponse:
    attempt = _attempt(request, attempt_id)
    if attempt.submitted_at is not None:
        return redirect("learning:quiz-result", attempt_id=attempt.pk)
    return _attempt_page(request, attempt, {})


def _posted_answers(request: HttpRequest, attempt: QuizAttempt) -> dict[str, object]:
    return forms.answers_from_post(selectors.quiz_questions(attempt.quiz), request.POST)


@login_required
@require_POST
def quiz_save(request: HttpRequest, attempt_id: UUID) -> HttpResponse:
    """Autosave (htmx, on every change): save what is well formed, say what is not."""
    attempt = _attempt(request, attempt_id)
    try:
        problems = quizzes.save_answers(
            person=_person(request),
            attempt_id=attempt.pk,
            answers=_posted_answers(request, attempt),
        )
    except DomainError as error:
        return JsonResponse({"saved": False, "error": str(error)}, status=409)
    if _is_htmx(request):
        text = _("Some answers are not complete yet.") if problems else _("Answers saved.")
        return HttpResponse(text)
    return JsonResponse({"saved": not problems, "problems": problems})


@login_required
@require_POST
def quiz_submit(request: HttpRequest, attempt_id: UUID) -> HttpResponse:
    attempt = _attempt(request, attempt_id)
    person = _person(request)
    if attempt.submitted_at is None:
        try:
            problems = quizzes.save_answers(
                person=person, attempt_id=attempt.pk, answers=_posted_answers(request, attempt)
            )
        except DomainError as error:
            messages.info(request, str(error))
            problems = {}
        else:
            if problems:
                attempt.refresh_from_db()
                return _attempt_page(request, attempt, problems, status=422)
    try:
        quizzes.submit_attempt(person=person, attempt_id=attempt.pk)
    except NotFoundError as error:
        raise Http404 from error
    return redirect("learning:quiz-result", attempt_id=attempt.pk)


@login_required
@require_GET
def quiz_result(request: HttpRequest, attempt_id: UUID) -> HttpResponse:
    attempt = _attempt(request, attempt_id)
    if attempt.submitted_at is None:
        return redirect("learning:quiz-attempt", attempt_id=attempt.pk)
    context = selectors.quiz_context(quiz=attempt.quiz, user=request.user)
    context.update(
        {"attempt": attempt, "quiz": attempt.quiz, "review": selectors.attempt_review(attempt)}
    )
    return render(request, "learning/quiz_result.html", context)
