"""SCORM packages: importing a zip into a course, and saving what a SCO reports at run time.

A package is checked completely (zip, manifest, paths, sizes) before anything is written; its
files go to the default storage under scorm/<package id>/ and the pages are created in one
transaction. If anything fails the stored files are deleted again, so nothing is half-written.
"""

import hashlib
import io
import stat
import uuid
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import IO, Any

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.models import Page

from portal.accounts.models import User
from portal.core.domain.text import slugify_vi
from portal.core.exceptions import DomainError, NotFoundError
from portal.learning import selectors
from portal.learning.domain import scorm as domain
from portal.learning.models import (
    CoursePage,
    Enrolment,
    ModulePage,
    ScormLessonPage,
    ScormPackage,
    ScormRuntimeState,
)
from portal.learning.services import progress, statements

DEFAULT_LIMITS = domain.Limits()
_CHUNK = 1024 * 1024


class PackageError(DomainError):
    """A SCORM package that cannot be imported; the message says why, in Vietnamese."""

    def __init__(self, message: str, code: str = "") -> None:
        self.code = code
        super().__init__(message)


def _message(problem: domain.PackageProblem) -> str:
    detail = problem.detail
    messages = {
        "too_many_files": _("The package has too many files (at most %(detail)s)."),
        "unsafe_path": _(
            "The file “%(detail)s” points outside the package (“..”, an absolute path or a "
            "backslash): the package was refused."
        ),
        "symlink": _("“%(detail)s” is a symbolic link; SCORM packages may not contain links."),
        "file_too_big": _("The file “%(detail)s” is too big once unpacked."),
        "too_big": _("The package is too big once unpacked (at most %(detail)s bytes)."),
        "duplicate_file": _("The file “%(detail)s” appears twice in the zip file."),
        "bomb": _(
            "The package unpacks to %(detail)s times its size, which looks like a zip bomb: "
            "it was refused."
        ),
        "bad_xml": _("imsmanifest.xml is not valid XML (%(detail)s)."),
        "unknown_version": _(
            "Unknown SCORM version “%(detail)s”: only SCORM 1.2 and SCORM 2004 (2nd, 3rd and "
            "4th Edition) can be imported."
        ),
        "no_organisation": _("imsmanifest.xml has no organisation (table of contents)."),
        "no_sco": _(
            "imsmanifest.xml has no SCO: no item points to a resource of SCORM type “sco”."
        ),
        "missing_file": _(
            "The manifest names the file “%(detail)s”, but it is not in the zip file."
        ),
    }
    template = messages.get(problem.code, _("The package cannot be imported (%(detail)s)."))
    if problem.code == "unknown_version" and not detail:
        return str(
            _(
                "The SCORM version could not be recognised: imsmanifest.xml names neither "
                "SCORM 1.2 nor SCORM 2004."
            )
        )
    return template % {"detail": detail or problem.code}


@dataclass
class ImportResult:
    package: ScormPackage
    course: CoursePage
    module: ModulePage
    lessons: list[ScormLessonPage] = field(default_factory=list)
    created: bool = True


def _read(data: bytes | IO[bytes], limits: domain.Limits) -> bytes:
    """The zip's bytes; a zip larger than the unpacked limit is refused before reading on."""
    if isinstance(data, bytes | bytearray):
        raw = bytes(data)
    else:
        if hasattr(data, "seek"):
            data.seek(0)
        raw = data.read(limits.max_total_bytes + 1)
    if len(raw) > limits.max_total_bytes:
        problem = domain.PackageProblem("too_big", str(limits.max_total_bytes))
        raise PackageError(_message(problem), problem.code)
    return raw


def _entry(info: zipfile.ZipInfo) -> domain.ZipEntry:
    mode = info.external_attr >> 16
    return domain.ZipEntry(
        name=info.filename,
        size=info.file_size,
        compressed_size=info.compress_size,
        is_dir=info.is_dir(),
        is_symlink=stat.S_ISLNK(mode),
    )


def check_package(
    data: bytes, limits: domain.Limits = DEFAULT_LIMITS
) -> tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo], domain.Manifest]:
    """Open and check a package without writing anything: the archive, its files by path and
    the manifest. Raises PackageError with the reason."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as error:
        raise PackageError(
            _("The file is not a valid zip archive (it may be damaged or incomplete)."),
            "not_zip",
        ) from error
    try:
        entries = domain.check_entries((_entry(info) for info in infos), limits)
        by_path = {
            path: info
            for info in infos
            if not info.is_dir() and (path := domain.safe_path(info.filename)) in entries
        }
        if domain.MANIFEST_NAME not in by_path:
            nested = next((p for p in by_path if p.endswith("/" + domain.MANIFEST_NAME)), "")
            message = _("The zip file has no imsmanifest.xml at its top level.")
            if nested:
                message += " " + _(
                    "It was found at “%(path)s”: zip the contents of that folder, not the "
                    "folder itself."
                ) % {"path": nested}
            raise PackageError(message, "no_manifest")
        manifest_bytes = _extract(archive, by_path[domain.MANIFEST_NAME], limits)
        manifest = domain.parse_manifest(manifest_bytes, by_path.keys())
    except domain.PackageProblem as problem:
        raise PackageError(_message(problem), problem.code) from problem
    return archive, by_path, manifest


def _extract(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: domain.Limits) -> bytes:
    """A member's bytes, stopping at its declared size: a lying header cannot inflate it."""
    allowed = min(info.file_size, limits.max_file_bytes)
    buffer = bytearray()
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                buffer += chunk
                if len(buffer) > allowed:
                    raise domain.PackageProblem("file_too_big", info.filename)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as error:
        raise PackageError(
            _("The file “%(name)s” in the zip archive is damaged.") % {"name": info.filename},
            "not_zip",
        ) from error
    return bytes(buffer)


def _store_files(
    archive: zipfile.ZipFile,
    files: Mapping[str, zipfile.ZipInfo],
    prefix: str,
    limits: domain.Limits,
    stored: list[str],
) -> None:
    for path, info in files.items():
        try:
            content = _extract(archive, info, limits)
        except domain.PackageProblem as problem:
            raise PackageError(_message(problem), problem.code) from problem
        name = default_storage.save(prefix + path, ContentFile(content))
        stored.append(name)
        if name != prefix + path:
            raise PackageError(
                _("The file “%(name)s” could not be stored under its own name.") % {"name": path},
                "storage",
            )


def _delete_files(names: Iterable[str]) -> None:
    for name in names:
        try:
            default_storage.delete(name)
        except OSError:
            continue


def _existing(sha256: str, course: CoursePage | None) -> ImportResult | None:
    packages = ScormPackage.objects.filter(sha256=sha256, course__isnull=False)
    if course is not None:
        packages = packages.filter(course=course)
    package = packages.select_related("course").first()
    if package is None or package.course is None:
        return None
    lessons = list(ScormLessonPage.objects.filter(package=package).order_by("path"))
    module = (
        ModulePage.objects.parent_of(lessons[0]).first()  # type: ignore[arg-type]
        if lessons
        else None
    )
    if module is None:
        return None
    return ImportResult(
        package=package, course=package.course, module=module, lessons=lessons, created=False
    )


def _publish(page: Page, publish: bool) -> Page:
    revision = page.save_revision()
    if publish:
        revision.publish()
    return type(page).objects.get(pk=page.pk)


def _add_child(parent: Page, page: Page, publish: bool) -> Any:
    page.slug = find_available_slug(parent, slugify_vi(page.slug or page.title) or "scorm")
    page.live = publish
    parent.add_child(instance=page)
    return _publish(page, publish)


def _new_course(manifest: domain.Manifest, publish: bool) -> CoursePage:
    catalog = selectors.catalog_page()
    if catalog is None:
        raise PackageError(
            _("There is no course catalogue yet: create it, or choose a course to import into."),
            "no_catalogue",
        )
    course = CoursePage(
        title=manifest.title,
        summary=_("SCORM activity: %(title)s") % {"title": manifest.title},
        duration_minutes=10 * len(manifest.scos),
    )
    result: CoursePage = _add_child(catalog, course, publish)
    return result


def import_package(
    *,
    data: bytes | IO[bytes],
    filename: str,
    course: CoursePage | None = None,
    uploaded_by: User | None = None,
    publish: bool = True,
    limits: domain.Limits = DEFAULT_LIMITS,
) -> ImportResult:
    """Import a SCORM 1.2 or 2004 zip: a module in ``course`` (or a new course in the
    catalogue) with one lesson per SCO. The same zip (by SHA-256) imported into the same course
    again, or again without a course, returns the first import (``created`` False)."""
    raw = _read(data, limits)
    sha256 = hashlib.sha256(raw).hexdigest()
    archive, files, manifest = check_package(raw, limits)
    existing = _existing(sha256, course)
    if existing is not None:
        return existing
    package_id = uuid.uuid4()
    prefix = f"scorm/{package_id}/"
    stored: list[str] = []
    try:
        _store_files(archive, files, prefix, limits, stored)
        with transaction.atomic():
            result = _create_pages(
                package_id=package_id,
                manifest=manifest,
                files=sorted(files),
                course=course,
                uploaded_by=uploaded_by,
                publish=publish,
                sha256=sha256,
                size=sum(info.file_size for info in files.values()),
                filename=filename,
            )
    except BaseException:
        _delete_files(stored)
        raise
    return result


def _create_pages(
    *,
    package_id: uuid.UUID,
    manifest: domain.Manifest,
    files: list[str],
    course: CoursePage | None,
    uploaded_by: User | None,
    publish: bool,
    sha256: str,
    size: int,
    filename: str,
) -> ImportResult:
    if course is None:
        course = _new_course(manifest, publish)
    package = ScormPackage.objects.create(
        id=package_id,
        title=manifest.title,
        identifier=manifest.identifier,
        version=manifest.version,
        schema_version=manifest.schema_version,
        course=course,
        sha256=sha256,
        size_bytes=size,
        file_count=len(files),
        manifest={
            "filename": filename[:200],
            "title": manifest.title,
            "scos": [
                {
                    "identifier": sco.identifier,
                    "title": sco.title,
                    "launch_path": sco.launch_path,
                    "parameters": sco.parameters,
                    "mastery_score": sco.mastery_score,
                    "launch_data": sco.launch_data,
                }
                for sco in manifest.scos
            ],
            "files": files,
        },
        uploaded_by=uploaded_by,
    )
    module: ModulePage = _add_child(
        course, ModulePage(title=manifest.title[:255], summary=""), publish
    )
    lessons = [
        _add_child(
            module,
            ScormLessonPage(
                title=sco.title,
                package=package,
                sco_identifier=sco.identifier,
                launch_path=sco.launch_path,
                launch_parameters=sco.parameters,
                mastery_score=sco.mastery_score,
            ),
            publish,
        )
        for sco in manifest.scos
    ]
    return ImportResult(package=package, course=course, module=module, lessons=lessons)


# Run time ----------------------------------------------------------------------------------


def package_file_name(lesson: ScormLessonPage, path: str) -> str | None:
    """The storage name of a file of the lesson's package, or None if it is not one."""
    safe = domain.safe_path(path)
    if safe is None or safe not in set(lesson.package.manifest.get("files", [])):
        return None
    return lesson.package.storage_prefix + safe


def _launch_data(lesson: ScormLessonPage) -> str:
    for sco in lesson.package.manifest.get("scos", []):
        if sco.get("identifier") == lesson.sco_identifier:
            return str(sco.get("launch_data", ""))
    return ""


def launch_state(*, person: User | None, lesson: ScormLessonPage) -> dict[str, Any]:
    """What the shim starts with: the version, the data model and the last commit number."""
    state = (
        ScormRuntimeState.objects.filter(person=person, lesson=lesson).first()
        if person is not None
        else None
    )
    version = lesson.package.version
    values = domain.launch_values(
        version,
        state.cmi if state else {},
        learner_id=str(person.pk) if person else "khach",
        learner_name=(person.full_name or person.get_username()) if person else _("Guest"),
        has_attempted=state is not None,
        total_seconds=state.total_time_seconds if state else 0.0,
        mastery_score=lesson.mastery_score,
        launch_data=_launch_data(lesson),
    )
    return {
        "version": version,
        "lesson": lesson.pk,
        "cmi": values,
        "sequence": state.last_sequence if state else 0,
        "saving": person is not None,
    }


@dataclass(frozen=True, slots=True)
class CommitResult:
    state: ScormRuntimeState
    is_applied: bool
    is_lesson_done: bool
    rejected: tuple[str, ...] = ()


def _ensure_enrolled(person: User, lesson: ScormLessonPage) -> CoursePage:
    course = selectors.course_of(lesson)
    if course is None:
        raise NotFoundError(_("This lesson does not belong to a course."))
    if not Enrolment.objects.filter(person=person, course=course).exists():
        # Running an activity is a clear wish to take the course: enrol rather than lose it.
        progress.enrol(person=person, course=course)
    return course


# The largest number the database's positive integer column holds on every backend.
MAX_SEQUENCE = 2_147_483_647


def commit_runtime(
    *,
    person: User,
    lesson: ScormLessonPage,
    sequence: int,
    cmi: Mapping[str, object],
    session: str = "",
    is_final: bool = False,
) -> CommitResult:
    """Save what a SCO committed. Idempotent: a commit numbered at or below the last one
    applied changes nothing. Completed/passed (or a new score) goes to the course progress."""
    if not lesson.live:
        raise NotFoundError(_("This lesson is not available."))
    if sequence < 1:
        raise DomainError(_("The commit has no sequence number."))
    if sequence > MAX_SEQUENCE:
        raise DomainError(_("The commit's sequence number is too large."))
    course = _ensure_enrolled(person, lesson)
    version = lesson.package.version
    with transaction.atomic():
        state, _created = ScormRuntimeState.objects.get_or_create(person=person, lesson=lesson)
        state = ScormRuntimeState.objects.select_for_update().get(pk=state.pk)
        if sequence <= state.last_sequence:
            return CommitResult(state=state, is_applied=False, is_lesson_done=_is_done(state))
        cleaned = domain.clean_cmi(version, cmi)
        before = domain.outcome(version, state.cmi, mastery_score=lesson.mastery_score)
        previous_answers = {answer.index for answer in domain.answers(version, state.cmi)}
        is_new_session = bool(session) and session != state.session_id
        values = {**state.cmi, **cleaned.values}
        time = domain.accumulate_time(
            domain.TimeState(state.total_time_seconds, state.session_id, state.session_seconds),
            session_id=session[:64],
            seconds=domain.session_time_of(version, cleaned.values),
            is_final=is_final,
        )
        after = domain.outcome(version, values, mastery_score=lesson.mastery_score)
        state.cmi = values
        state.completion_status = after.completion_status
        state.success_status = after.success_status
        state.score_scaled = after.score_scaled
        state.total_time_seconds = time.total_seconds
        state.session_id = time.session_id
        state.session_seconds = time.session_seconds
        state.last_sequence = sequence
        state.commits += 1
        state.save()
        if is_new_session:
            statements.record_statement(
                person=person, verb="initialized", page=lesson, course=course
            )
        for answer in domain.answers(version, values):
            if answer.index not in previous_answers:
                _record_answer(person, lesson, course, answer)
        if (after.is_completed or after.has_passed is not None) and after != before:
            progress.record_activity_result(
                person=person,
                lesson=lesson,
                is_completed=after.is_completed,
                score_percent=after.score_percent,
                has_passed=after.has_passed,
            )
        else:
            progress.record_lesson_opened(person=person, lesson=lesson)
        if is_final:
            statements.record_statement(
                person=person,
                verb="terminated",
                page=lesson,
                course=course,
                result={"duration": domain.format_time(domain.SCORM_2004, time.total_seconds)},
            )
    return CommitResult(
        state=state, is_applied=True, is_lesson_done=_is_done(state), rejected=cleaned.rejected
    )


def _record_answer(
    person: User, lesson: ScormLessonPage, course: CoursePage, answer: domain.Answer
) -> None:
    result: dict[str, object] = {"response": answer.response[:1000]}
    if answer.is_correct is not None:
        result["success"] = answer.is_correct
    statements.record_statement(
        person=person, verb="answered", page=lesson, course=course, result=result
    )


def _is_done(state: ScormRuntimeState) -> bool:
    return state.success_status != "failed" and (
        state.completion_status == "completed" or state.success_status == "passed"
    )


__all__ = [
    "CommitResult",
    "ImportResult",
    "PackageError",
    "check_package",
    "commit_runtime",
    "import_package",
    "launch_state",
    "package_file_name",
]
