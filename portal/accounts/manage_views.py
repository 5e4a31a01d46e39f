"""The manager area (/quan-ly/): people, organisations, roster import and the audit log.

Every page asks the permission service; anything outside the viewer's scope is "not found" (404),
never "forbidden", so ids cannot be probed. Every page showing personal data writes the audit log.
"""

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.core.paginator import Page, Paginator
from django.db.models import Count, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from portal.accounts import audit, permissions, roster, selectors
from portal.accounts import organisations as organisations_service
from portal.accounts.decorators import manager_required
from portal.accounts.domain.identity import display_phone
from portal.accounts.domain.roster import mask_email, mask_phone
from portal.accounts.manage_forms import (
    AuditFilterForm,
    OrganisationForm,
    PeopleFilterForm,
    RosterUploadForm,
)
from portal.accounts.models import AuditEntry, Organisation, RoleAssignment, User

PAGE_SIZE = 50


@dataclass(frozen=True, slots=True)
class PersonRow:
    """A person as the list shows them: contact details partly hidden."""

    person: User
    phone: str
    email: str


@require_GET
@manager_required
def home(request: HttpRequest) -> HttpResponse:
    """What the manager covers and where to go from here."""
    assignments = RoleAssignment.objects.filter(user_id=request.user.pk or 0).select_related(
        "unit", "organisation"
    )
    return render(
        request,
        "accounts/manage/home.html",
        {
            "is_everything": permissions.scope_of(request.user).is_everything,
            "assignments": assignments.prefetch_related("target_groups"),
            "can_view_audit_log": permissions.can_view_audit_log(request.user),
        },
    )


@require_GET
@manager_required
def person_list(request: HttpRequest) -> HttpResponse:
    """The people in the manager's scope, searchable, 50 a page."""
    people = permissions.people_visible_to(request.user)
    form = PeopleFilterForm(request.GET or None, people=people)
    page = Paginator(form.matching(people), PAGE_SIZE).get_page(request.GET.get("page"))
    audit.record(
        actor=request.user,
        action=AuditEntry.Action.PEOPLE_LISTED,
        request=request,
        detail={**form.filters(), "page": page.number, "count": page.paginator.count},
    )
    context = {"form": form, "page": page, "rows": _person_rows(page)}
    return render(request, "accounts/manage/person_list.html", context)


@require_GET
@manager_required
def person_detail(request: HttpRequest, person_id: int) -> HttpResponse:
    """One person's registration details (audited)."""
    person = permissions.person_for(request.user, person_id)
    audit.record(
        actor=request.user,
        action=AuditEntry.Action.PERSON_VIEWED,
        target=f"person {person.pk}",
        request=request,
    )
    phone = display_phone(person.phone) if person.phone else ""
    context = {"person": person, "phone": phone}
    return render(request, "accounts/manage/person_detail.html", context)


@require_GET
@manager_required
def person_export(request: HttpRequest) -> StreamingHttpResponse:
    """The filtered people as a CSV for Excel (UTF-8 with BOM), audited with the row count."""
    people = permissions.people_visible_to(request.user)
    form = PeopleFilterForm(request.GET or None, people=people)
    matching = form.matching(people)
    audit.record(
        actor=request.user,
        action=AuditEntry.Action.PEOPLE_EXPORTED,
        request=request,
        detail={**form.filters(), "count": matching.count()},
    )
    return csv_response(roster.roster_rows(matching), filename="nguoi-dung.csv")


@require_GET
@manager_required
def organisation_list(request: HttpRequest) -> HttpResponse:
    """Organisations the manager sees, with how many of their members the manager sees."""
    organisations = _with_member_counts(
        request.user, permissions.organisations_visible_to(request.user)
    )
    page = Paginator(organisations, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "can_create": organisations_service.can_create_organisations(actor=request.user),
    }
    return render(request, "accounts/manage/organisation_list.html", context)


@require_GET
@manager_required
def organisation_detail(request: HttpRequest, organisation_id: int) -> HttpResponse:
    """One organisation and its member count."""
    organisation = permissions.organisation_for(request.user, organisation_id)
    counted = _with_member_counts(request.user, Organisation.objects.filter(pk=organisation.pk))
    members_count: int = getattr(counted.first(), "members_count", 0)
    context = {
        "organisation": organisation,
        "members_count": members_count,
        "can_update": organisations_service.can_update_organisation(
            actor=request.user, organisation=organisation
        ),
    }
    return render(request, "accounts/manage/organisation_detail.html", context)


@require_http_methods(["GET", "POST"])
@manager_required
def organisation_create(request: HttpRequest) -> HttpResponse:
    """Add an organisation in one of today's communes of the manager's area."""
    if not organisations_service.can_create_organisations(actor=request.user):
        raise Http404
    communes = organisations_service.communes_for_new_organisations(actor=request.user)
    form = OrganisationForm(request.POST or None, communes=communes)
    if request.method == "POST" and form.is_valid():
        try:
            organisation = organisations_service.create_organisation(
                actor=request.user,  # type: ignore[arg-type]
                name=form.cleaned_data["name"],
                kind=form.cleaned_data["kind"],
                unit=form.cleaned_data["unit"],
            )
        except organisations_service.OrganisationError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("“%(name)s” is added.") % {"name": organisation.name})
            return redirect("manage:organisation-detail", organisation.pk)
    return render(request, "accounts/manage/organisation_form.html", {"form": form})


@require_http_methods(["GET", "POST"])
@manager_required
def organisation_update(request: HttpRequest, organisation_id: int) -> HttpResponse:
    """Rename an organisation or correct its kind (its commune does not change)."""
    organisation = permissions.organisation_for(request.user, organisation_id)
    if not organisations_service.can_update_organisation(
        actor=request.user, organisation=organisation
    ):
        raise Http404
    initial = {"name": organisation.name, "kind": organisation.kind}
    form = OrganisationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            organisations_service.update_organisation(
                actor=request.user,  # type: ignore[arg-type]
                organisation=organisation,
                name=form.cleaned_data["name"],
                kind=form.cleaned_data["kind"],
            )
        except organisations_service.OrganisationError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("“%(name)s” is saved.") % {"name": organisation.name})
            return redirect("manage:organisation-detail", organisation.pk)
    context = {"form": form, "organisation": organisation}
    return render(request, "accounts/manage/organisation_form.html", context)


@require_http_methods(["GET", "POST"])
@manager_required
def roster_upload(request: HttpRequest) -> HttpResponse:
    """Upload a roster; show the per-row report (nothing is written if a row is wrong)."""
    form = RosterUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            report = roster.import_roster(
                actor=request.user,  # type: ignore[arg-type]
                upload=form.cleaned_data["file"],
                dry_run=form.cleaned_data["dry_run"],
            )
        except roster.RosterRejectedError as error:
            form.add_error("file", str(error))
        else:
            context = {"report": report, "file_name": form.cleaned_data["file"].name}
            return render(request, "accounts/manage/roster_report.html", context)
    return render(request, "accounts/manage/roster_form.html", {"form": form})


@require_GET
@manager_required
def roster_template(request: HttpRequest) -> HttpResponse:
    """The roster template as a CSV that Excel opens with Vietnamese letters intact."""
    response = HttpResponse(roster.roster_template_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="mau-danh-sach.csv"'
    return response


@require_GET
@manager_required
def audit_list(request: HttpRequest) -> HttpResponse:
    """The audit log, for system administrators only (others get 404)."""
    if not permissions.can_view_audit_log(request.user):
        raise Http404
    form = AuditFilterForm(request.GET or None)
    entries = form.matching(selectors.audit_entries())
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "accounts/manage/audit_list.html", {"form": form, "page": page})


def csv_response(rows: Iterator[list[str]], *, filename: str) -> StreamingHttpResponse:
    """Stream rows as a CSV download that Excel opens as UTF-8 (byte order mark first)."""

    class _Echo:
        def write(self, value: str) -> str:
            return value

    writer = csv.writer(_Echo(), lineterminator="\r\n")
    body = (writer.writerow(row) for row in rows)
    response = StreamingHttpResponse(_with_bom(body), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _with_bom(lines: Iterator[str]) -> Iterator[str]:
    yield "\ufeff"
    yield from lines


def _person_rows(page: Page[User]) -> list[PersonRow]:
    return [
        PersonRow(
            person=person,
            phone=mask_phone(display_phone(person.phone)) if person.phone else "",
            email=mask_email(person.email) if person.email else "",
        )
        for person in page.object_list
    ]


def _with_member_counts(
    user: User | Any, organisations: QuerySet[Organisation]
) -> QuerySet[Organisation]:
    scope = permissions.scope_of(user)
    members = scope.people_filter("members__") & Q(members__erased_at__isnull=True)
    return (
        organisations.select_related("unit")
        .annotate(members_count=Count("members", filter=members))
        .order_by("name", "pk")
    )
