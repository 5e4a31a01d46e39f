"""Proctored sessions in the manager area (/quan-ly/phien-kiem-tra/): open a session for a
training room, read its code out, follow who took the test, close it.

Only unit and organisation managers reach these pages, and only for sessions in their scope;
anything else is "not found". Opening a session's page shows people's results, so it is audited.
"""

from datetime import timedelta

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from portal.accounts import audit, permissions
from portal.accounts.decorators import manager_required
from portal.accounts.models import AuditEntry, User
from portal.assessment import selectors
from portal.assessment.forms import SessionForm
from portal.assessment.services import proctoring
from portal.core.exceptions import DomainError


def _manager(request: HttpRequest) -> User:
    assert isinstance(request.user, User)  # noqa: S101 - manager_required ran first
    return request.user


@require_GET
@manager_required
def session_list(request: HttpRequest) -> HttpResponse:
    """Sessions in the manager's area, newest first."""
    sessions = selectors.sessions_visible_to(request.user).order_by("-opens_at")[:100]
    now = timezone.now()
    return render(
        request, "assessment/manage/session_list.html", {"sessions": sessions, "now": now}
    )


@require_http_methods(["GET", "POST"])
@manager_required
def session_create(request: HttpRequest) -> HttpResponse:
    """Open a supervised session in a commune or organisation of the manager's area."""
    manager = _manager(request)
    form = SessionForm(
        request.POST or None,
        communes=selectors.session_communes_for(manager),
        organisations=permissions.organisations_visible_to(manager).order_by("name"),
        initial={"opens_at": timezone.localtime().replace(second=0, microsecond=0)},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            session = proctoring.open_session(
                user=manager,
                title=data["title"],
                place=data["place"],
                unit=data["unit"],
                organisation=data["organisation"],
                opens_at=data["opens_at"],
                duration=timedelta(minutes=data["duration_minutes"]),
            )
        except DomainError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The session is open. Read its code to the room."))
            return redirect("assessment-manage:session-detail", session.pk)
    return render(request, "assessment/manage/session_form.html", {"form": form})


@require_GET
@manager_required
def session_detail(request: HttpRequest, session_id: int) -> HttpResponse:
    """The code in large type, how to use it, and who took the test there (audited)."""
    session = selectors.session_for(request.user, session_id)
    attempts = selectors.session_attempts(session)
    audit.record(
        actor=request.user,
        action=AuditEntry.Action.SESSION_VIEWED,
        target=f"proctored session {session.pk}",
        request=request,
        detail={"attempts": attempts.count()},
    )
    now = timezone.now()
    is_open = session.closed_at is None and session.opens_at <= now < session.closes_at
    context = {"session": session, "attempts": attempts, "is_open": is_open, "now": now}
    return render(request, "assessment/manage/session_detail.html", context)


@require_POST
@manager_required
def session_close(request: HttpRequest, session_id: int) -> HttpResponse:
    """End the session now."""
    proctoring.close_session(user=_manager(request), session_id=session_id)
    messages.success(request, _("The session is closed: its code no longer works."))
    return redirect("assessment-manage:session-detail", session_id)
