"""Self-assessment pages: start, one question per screen, result, history and shared summary.

Every page works without JavaScript (a form post, then a redirect to the next question); with
htmx the answer swaps only the question. Attempts are found by their public id and only ever
among the signed-in person's own, so someone else's id is "not found".
"""

from typing import Any
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from portal.accounts.models import User
from portal.assessment import screens, selectors
from portal.assessment.domain.presentation import Problem
from portal.assessment.forms import StartForm, answer_from_post
from portal.assessment.models import Attempt
from portal.assessment.services import attempts as attempts_service
from portal.core.exceptions import ConflictError, DomainError, NotFoundError


def _person(request: HttpRequest) -> User:
    assert isinstance(request.user, User)  # noqa: S101 - login_required ran first
    return request.user


def _own_attempt(request: HttpRequest, public_id: UUID) -> Attempt:
    try:
        return selectors.attempt_of(request.user, public_id)
    except NotFoundError as error:
        raise Http404 from error


@require_http_methods(["GET", "POST"])
def start(request: HttpRequest) -> HttpResponse:
    """What the test is, and the form that starts it (or a link back to the one under way)."""
    if not request.user.is_authenticated:
        return render(request, "assessment/attempt_start.html", screens.start_context(None, None))
    person = _person(request)
    if request.method == "POST":
        form = StartForm(request.POST)
        if form.is_valid():
            try:
                attempt = attempts_service.start_attempt(
                    person=person,
                    target_group=form.cleaned_data["target_group"],
                    mode=form.cleaned_data["mode"],
                    session_code=form.cleaned_data["session_code"],
                )
            except DomainError as error:
                form.add_error(None, str(error))
            else:
                return redirect("assessment:attempt-detail", public_id=attempt.public_id)
    else:
        form = StartForm(initial={"target_group": person.target_group_id})
    return render(request, "assessment/attempt_start.html", screens.start_context(person, form))


def _question_response(
    request: HttpRequest, attempt: Attempt, *, error: str = "", status: int = 200
) -> HttpResponse:
    context = screens.question_context(attempt, error=error)
    template = (
        "assessment/attempt_question.html"
        if request.headers.get("HX-Request")
        else "assessment/attempt_detail.html"
    )
    response = render(request, template, context, status=status)
    response["Cache-Control"] = "no-store"
    return response


def _after_answer(request: HttpRequest, attempt: Attempt) -> HttpResponse:
    """Next question (swapped in by htmx, or by a redirect), or the result once finished."""
    if attempt.status == Attempt.Status.FINISHED:
        url = reverse("assessment:result-detail", kwargs={"public_id": attempt.public_id})
        if request.headers.get("HX-Request"):
            response = HttpResponse(status=204)
            response["HX-Redirect"] = url
            return response
        return redirect(url)
    if request.headers.get("HX-Request"):
        return _question_response(request, attempt)
    return redirect("assessment:attempt-detail", public_id=attempt.public_id)


@login_required
@require_http_methods(["GET", "POST"])
def attempt_detail(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """The question on screen; posting answers it (safe to repeat after a lost connection)."""
    attempt = _own_attempt(request, public_id)
    if request.method == "GET":
        if attempt.status == Attempt.Status.FINISHED:
            return redirect("assessment:result-detail", public_id=attempt.public_id)
        if attempt.status == Attempt.Status.ABANDONED:
            raise Http404
        return _question_response(request, attempt)
    screen = attempts_service.screen(attempt)
    item_id = request.POST.get("item", "")
    if screen.question is None or not item_id.isdigit():
        return _after_answer(request, attempt)
    answer: Any = answer_from_post(screen.question, request.POST)
    if isinstance(answer, Problem) and int(item_id) == screen.item_id:
        error = str(attempts_service.IncompleteAnswerError(answer))
        return _question_response(request, attempt, error=error)
    try:
        attempt = attempts_service.record_answer(
            person=_person(request), public_id=public_id, item_id=int(item_id), answer=answer
        )
    except attempts_service.IncompleteAnswerError as error:
        return _question_response(request, attempt, error=str(error))
    except ConflictError as error:
        messages.info(request, str(error))
        attempt = _own_attempt(request, public_id)
    return _after_answer(request, attempt)


@login_required
@require_POST
def attempt_finish(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """Stop now and see the result so far."""
    try:
        attempt = attempts_service.finish_attempt(person=_person(request), public_id=public_id)
    except NotFoundError as error:
        raise Http404 from error
    except ConflictError as error:
        messages.info(request, str(error))
        return redirect("assessment:start")
    return redirect("assessment:result-detail", public_id=attempt.public_id)


@login_required
@require_GET
def result_detail(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """Level per domain, the basic-skills verdict and why, strengths, gaps, what to learn."""
    attempt = _own_attempt(request, public_id)
    if attempt.status != Attempt.Status.FINISHED:
        return redirect("assessment:attempt-detail", public_id=attempt.public_id)
    context = screens.result_context(attempt, request=request)
    return render(request, "assessment/result_detail.html", context)


@login_required
@require_POST
def result_share(request: HttpRequest, public_id: UUID) -> HttpResponse:
    """Turn the summary's public link on or off."""
    try:
        if request.POST.get("share") == "on":
            attempts_service.share_attempt(person=_person(request), public_id=public_id)
            messages.success(request, _("Anyone with the link can now see this summary."))
        else:
            attempts_service.stop_sharing(person=_person(request), public_id=public_id)
            messages.success(request, _("The link no longer works."))
    except NotFoundError as error:
        raise Http404 from error
    except ConflictError as error:
        messages.info(request, str(error))
    return redirect("assessment:result-detail", public_id=public_id)


@login_required
@require_GET
def attempt_list(request: HttpRequest) -> HttpResponse:
    """The person's attempts, newest first."""
    rows = selectors.attempts_of(_person(request))
    return render(request, "assessment/attempt_list.html", {"attempts": rows})


@require_GET
def summary_shared(request: HttpRequest, token: str) -> HttpResponse:
    """A summary its owner chose to share: first name, date, levels and verdict only."""
    try:
        attempt = selectors.shared_attempt(token)
    except NotFoundError as error:
        raise Http404 from error
    context = screens.result_context(attempt, request=request, shared=True)
    response = render(request, "assessment/summary_shared.html", context)
    response["X-Robots-Tag"] = "noindex"
    return response
