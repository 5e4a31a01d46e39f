"""Importing SCORM packages: the command, the service and the Wagtail admin form."""

import io

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from conftest import sign_in
from portal.learning.demo import scorm_samples
from portal.learning.domain import scorm as domain
from portal.learning.models import CoursePage, ModulePage, ScormLessonPage, ScormPackage
from portal.learning.services import scorm
from portal.learning.tests.factories import build_catalog, build_course

pytestmark = pytest.mark.django_db


def _remove(directory: str) -> None:
    try:
        directories, files = default_storage.listdir(directory)
    except FileNotFoundError:
        return
    for name in files:
        default_storage.delete(f"{directory}/{name}")
    for name in directories:
        _remove(f"{directory}/{name}")


@pytest.fixture(autouse=True)
def _empty_scorm_storage():
    """The in-memory storage outlives a test; start each one without packages."""
    _remove("scorm")


@pytest.fixture
def catalog(portal_site):
    return build_catalog(portal_site)


@pytest.fixture
def course(catalog):
    return build_course(catalog, lessons=1, quiz=False)["course"]


def stored_names(package_id) -> list[str]:
    directories, files = default_storage.listdir(f"scorm/{package_id}")
    names = list(files)
    for directory in directories:
        names += [f"{directory}/{name}" for name in stored_names(f"{package_id}/{directory}")]
    return sorted(names)


def all_stored() -> list[str]:
    try:
        directories, _files = default_storage.listdir("scorm")
    except FileNotFoundError:
        return []
    return [directory for directory in directories if stored_names(directory)]


def test_a_scorm12_package_becomes_a_module_with_one_lesson_per_sco(course, editor):
    result = scorm.import_package(
        data=scorm_samples.build_scorm12_package(),
        filename="lua-dao.zip",
        course=course,
        uploaded_by=editor,
    )
    package = result.package
    assert (package.version, package.schema_version) == ("1.2", "1.2")
    assert package.title == "Nhận biết tin nhắn lừa đảo"
    assert package.file_count == 4
    assert package.uploaded_by == editor
    assert result.module.get_parent().pk == course.pk
    assert result.module.live
    [lesson] = result.lessons
    assert (lesson.title, lesson.launch_path, lesson.mastery_score) == (
        "Nhận biết tin nhắn lừa đảo",
        "index.html",
        60.0,
    )
    assert lesson.live
    assert stored_names(package.pk) == ["imsmanifest.xml", "index.html", "sco.js", "style.css"]
    with default_storage.open(f"scorm/{package.pk}/sco.js") as stored:
        assert b"LMSInitialize" in stored.read()


def test_a_scorm2004_package_without_a_course_gets_a_new_course_in_the_catalogue(catalog):
    result = scorm.import_package(
        data=scorm_samples.build_scorm2004_package(), filename="mat-khau.zip"
    )
    assert result.course.get_parent().pk == catalog.pk
    assert result.course.title == "Tạo mật khẩu mạnh"
    assert result.course.slug == "tao-mat-khau-manh"
    assert result.package.version == "2004"
    assert result.package.schema_version == "2004 4th Edition"
    [lesson] = result.lessons
    assert lesson.mastery_score == 50.0
    assert stored_names(result.package.pk) == [
        "css/style.css",
        "imsmanifest.xml",
        "index.html",
        "js/sco.js",
    ]


def test_importing_the_same_zip_into_the_same_course_again_changes_nothing(course, catalog):
    data = scorm_samples.build_scorm12_package()
    first = scorm.import_package(data=data, filename="a.zip", course=course)
    again = scorm.import_package(data=io.BytesIO(data), filename="b.zip", course=course)
    assert again.created is False
    assert again.package.pk == first.package.pk
    assert [lesson.pk for lesson in again.lessons] == [lesson.pk for lesson in first.lessons]
    assert ScormPackage.objects.count() == 1
    assert ScormLessonPage.objects.count() == 1
    assert all_stored() == [str(first.package.pk)]
    other = build_course(catalog, slug="khoa-khac", lessons=0, quiz=False)["course"]
    elsewhere = scorm.import_package(data=data, filename="a.zip", course=other)
    assert elsewhere.created is True
    assert ScormPackage.objects.count() == 2


BROKEN = [
    ("not_zip", "not a valid zip archive"),
    ("no_manifest", "no imsmanifest.xml"),
    ("bad_xml", "not valid XML"),
    ("no_organisation", "no organisation"),
    ("no_sco", "no SCO"),
    ("missing_file", "“index.html”, but it is not in the zip file"),
    ("parent_path", "“../evil.html” points outside the package"),
    ("absolute_path", "“/etc/evil.html” points outside the package"),
    ("backslash_path", "points outside the package"),
    ("symlink", "“secrets.txt” is a symbolic link"),
    ("unknown_version", "Unknown SCORM version “1.1”"),
]


@pytest.mark.parametrize(("kind", "message"), BROKEN)
def test_a_broken_package_is_refused_with_a_specific_reason_and_nothing_is_written(
    course, kind, message, settings
):
    settings.LANGUAGE_CODE = "en"
    with pytest.raises(scorm.PackageError) as caught:
        scorm.import_package(
            data=scorm_samples.build_broken_package(kind), filename="x.zip", course=course
        )
    unsafe = ("parent_path", "absolute_path", "backslash_path")
    assert caught.value.code == ("unsafe_path" if kind in unsafe else kind)
    assert message in str(caught.value)
    assert not ScormPackage.objects.exists()
    assert not ModulePage.objects.exclude(pk__in=ModulePage.objects.child_of(course)).exists()
    assert ModulePage.objects.count() == 1
    assert all_stored() == []


def test_size_limits_refuse_zip_bombs_big_files_and_too_many_files(course):
    data = scorm_samples.build_broken_package("bomb")
    with pytest.raises(scorm.PackageError) as caught:
        scorm.import_package(data=data, filename="x.zip", course=course)
    assert caught.value.code == "bomb"
    small = domain.Limits(max_file_bytes=1000)
    with pytest.raises(scorm.PackageError) as caught:
        scorm.import_package(
            data=scorm_samples.build_scorm12_package(), filename="x", course=course, limits=small
        )
    assert caught.value.code == "file_too_big"
    with pytest.raises(scorm.PackageError) as caught:
        scorm.import_package(
            data=scorm_samples.build_scorm12_package(),
            filename="x",
            course=course,
            limits=domain.Limits(max_files=3),
        )
    assert caught.value.code == "too_many_files"
    with pytest.raises(scorm.PackageError) as caught:
        scorm.import_package(
            data=scorm_samples.build_scorm12_package(),
            filename="x",
            course=course,
            limits=domain.Limits(max_total_bytes=5000),
        )
    assert caught.value.code == "too_big"
    assert all_stored() == []


def test_a_failure_while_creating_pages_removes_the_stored_files(course, monkeypatch):
    def explode(**kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(scorm, "_create_pages", explode)
    with pytest.raises(RuntimeError):
        scorm.import_package(
            data=scorm_samples.build_scorm12_package(), filename="x.zip", course=course
        )
    assert all_stored() == []
    assert not ScormPackage.objects.exists()


def test_the_command_imports_into_a_course_by_slug(course, tmp_path):
    path = tmp_path / "lua-dao.zip"
    path.write_bytes(scorm_samples.build_scorm12_package())
    out = io.StringIO()
    call_command("import_scorm", str(path), "--course", course.slug, stdout=out)
    assert ScormLessonPage.objects.count() == 1
    assert "Nhận biết tin nhắn lừa đảo" in out.getvalue()
    call_command("import_scorm", str(path), "--course", course.slug, stdout=out)
    assert ScormLessonPage.objects.count() == 1


def test_the_command_reports_a_broken_package_and_an_unknown_course(course, tmp_path):
    path = tmp_path / "hong.zip"
    path.write_bytes(scorm_samples.build_broken_package("no_sco"))
    with pytest.raises(CommandError, match="SCO"):
        call_command("import_scorm", str(path), "--course", course.slug)
    with pytest.raises(CommandError):
        call_command("import_scorm", str(path), "--course", "khong-co")
    with pytest.raises(CommandError):
        call_command("import_scorm", str(tmp_path / "missing.zip"))


def test_editors_upload_a_package_from_the_wagtail_admin(client, course, admin_user_persona):
    sign_in(client, admin_user_persona)
    response = client.get("/admin/scorm/")
    assert response.status_code == 200
    assert "SCORM" in response.content.decode()
    upload = SimpleUploadedFile(
        "mat-khau.zip", scorm_samples.build_scorm2004_package(), "application/zip"
    )
    response = client.post("/admin/scorm/", {"package": upload, "course": course.pk})
    assert response.status_code == 302
    lesson = ScormLessonPage.objects.get()
    assert lesson.get_parent().get_parent().pk == course.pk


def test_the_admin_form_shows_why_a_package_was_refused(client, course, admin_user_persona):
    sign_in(client, admin_user_persona)
    upload = SimpleUploadedFile("x.zip", scorm_samples.build_broken_package("missing_file"))
    response = client.post("/admin/scorm/", {"package": upload, "course": course.pk})
    assert response.status_code == 200
    assert "index.html" in response.content.decode()
    assert not ScormPackage.objects.exists()


def test_people_who_cannot_add_pages_cannot_upload(client, course, learner):
    sign_in(client, learner)
    response = client.get("/admin/scorm/")
    assert response.status_code in (302, 403)
    assert CoursePage.objects.count() == 1


def test_an_editor_who_may_add_but_not_publish_gets_drafts(client, course, catalog, editor):
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    group = Group.objects.get(name="Editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=group, page=catalog, permission=Permission.objects.get(codename="add_page")
    )
    sign_in(client, editor)
    assert client.get("/admin/scorm/").status_code == 200
    upload = SimpleUploadedFile("lua-dao.zip", scorm_samples.build_scorm12_package())
    response = client.post("/admin/scorm/", {"package": upload, "course": course.pk})
    assert response.status_code == 302
    lesson = ScormLessonPage.objects.get()
    assert not lesson.live
    assert lesson.latest_revision is not None
    assert ScormPackage.objects.get().uploaded_by == editor
