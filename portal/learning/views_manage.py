"""The manager area's learning page: an organisation's courses, and assigning one to its
members. Out-of-scope organisations are 404, like the rest of the manager area."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from portal.accounts import permissions
from portal.accounts.decorators import manager_required
from portal.accounts.models import User
from portal.core.exceptions import NotFoundError
from portal.learning import selectors
from portal.learning.forms import AssignCourseForm
from portal.learning.services import assignments


@require_http_methods(["GET", "POST"])
@manager_required
def organisation_courses(request: HttpRequest, organisation_id: int) -> HttpResponse:
    organisation = permissions.organisation_for(request.user, organisation_id)
    data = request.POST if request.method == "POST" else None
    form = AssignCourseForm(data, courses=selectors.assignable_courses())
    if request.method == "POST" and form.is_valid():
        assert isinstance(request.user, User)  # noqa: S101 - manager_required ran first
        try:
            report = assignments.assign_course(
                actor=request.user,
                organisation_id=organisation.pk,
                course_id=form.cleaned_data["course"].pk,
                request=request,
            )
        except NotFoundError as error:
            form.add_error("course", str(error))
        else:
            messages.success(
                request,
                _("%(enrolled)d members enrolled; %(already)d were already enrolled.")
                % {"enrolled": report.enrolled, "already": report.already},
            )
            return redirect("learning:organisation-courses", organisation_id=organisation.pk)
    members = permissions.people_visible_to(request.user).filter(organisation=organisation)
    context = {
        "organisation": organisation,
        "form": form,
        "rows": selectors.organisation_uptake(members=members),
        "members_count": members.count(),
    }
    return render(request, "learning/manage/organisation_courses.html", context)
