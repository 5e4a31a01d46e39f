import io

import openpyxl
import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import translation

from portal.accounts import roster, senders
from portal.accounts.domain.roster import Reason
from portal.accounts.models import AuditEntry, User
from portal.accounts.roster import RosterRejectedError, RowStatus, import_roster
from portal.accounts.services.profile import update_profile
from portal.accounts.tests.factories import group, make_manager, make_person

pytestmark = pytest.mark.django_db

HEADER = "Họ và tên,Số điện thoại,Email,Nhóm,Tổ chức,Xã/phường,Số CCCD,Năm sinh"
GOOD_ROWS = [
    "Mùa A Chu,0987 654 321,,adults,,Xã Trạm Tấu,,1980",
    "Lý Thị Ca,,lythica@example.vn,Học sinh sinh viên,Trường PTDTBT THCS Trạm Tấu,04600,"
    "015205001234,2005",
    "Giàng Seo Pao,0905123456,,nguoi dan,,xa tram tau,,",
]


def _csv(*lines, header=HEADER, name="danh-sach.csv", encoding="utf-8", newline="\n"):
    text = newline.join([header, *lines]) + newline
    return SimpleUploadedFile(name, text.encode(encoding), content_type="text/csv")


def _people():
    return User.objects.filter(invited_at__isnull=False)


def test_a_valid_csv_registers_everyone_in_the_managers_commune(units, school, commune_manager):
    report = import_roster(actor=commune_manager, upload=_csv(*GOOD_ROWS))

    assert report.is_written
    assert (report.created, report.updated, report.unchanged, report.errors) == (3, 0, 0, 0)
    assert [row.line for row in report.rows] == [2, 3, 4]
    chu = User.objects.get(phone="+84987654321")
    assert chu.full_name == "Mùa A Chu"
    assert chu.unit == units["xa_tram_tau"]
    assert chu.target_group == group("adults")
    assert chu.birth_year == 1980
    assert not chu.has_usable_password()
    assert chu.is_active
    assert chu.invited_at is not None
    assert chu.username.startswith("u")
    ca = User.objects.get(email="lythica@example.vn")
    assert ca.organisation == school
    assert ca.target_group == group("students")
    assert ca.citizen_id_last_digits == "234"
    assert ca.citizen_id_digest
    assert "015205001234" not in ca.citizen_id_digest
    entry = AuditEntry.objects.get(action=AuditEntry.Action.ROSTER_IMPORTED)
    assert entry.actor == commune_manager
    assert entry.target == "danh-sach.csv"
    assert entry.detail == {"rows": 3, "created": 3, "updated": 0, "unchanged": 0, "elsewhere": 0}
    assert "04600" in entry.scope


def test_new_people_are_sent_an_invitation(
    units, school, commune_manager, django_capture_on_commit_callbacks
):
    senders.OUTBOX.clear()
    with django_capture_on_commit_callbacks(execute=True):
        import_roster(actor=commune_manager, upload=_csv(*GOOD_ROWS))
    assert {message.destination for message in senders.OUTBOX} == {"+84987654321", "+84905123456"}
    # Invited people have no password yet: the message leads to "choose a password".
    assert "http://testserver/tai-khoan/quen-mat-khau/" in senders.OUTBOX[0].message
    assert "đặt mật khẩu" in senders.OUTBOX[0].message


def test_invitations_skip_people_who_already_chose_a_password(units, school, commune_manager):
    import_roster(actor=commune_manager, upload=_csv(*GOOD_ROWS))
    invited = list(_people().order_by("pk"))
    active = User.objects.get(phone="+84987654321")
    active.set_password("Mat-khau-moi-2026")
    active.save()
    senders.OUTBOX.clear()
    mail.outbox.clear()
    sent = roster.send_invitations(person_ids=[person.pk for person in invited])
    assert sent == 2
    assert [message.destination for message in senders.OUTBOX] == ["+84905123456"]
    assert [message.to for message in mail.outbox] == [["lythica@example.vn"]]


def test_a_csv_with_bom_crlf_and_semicolons_works(units, school, commune_manager):
    lines = [line.replace(",", ";") for line in GOOD_ROWS]
    upload = _csv(*lines, header=HEADER.replace(",", ";"), encoding="utf-8-sig", newline="\r\n")
    report = import_roster(actor=commune_manager, upload=upload)
    assert report.created == 3
    assert User.objects.get(phone="+84905123456").full_name == "Giàng Seo Pao"


def test_an_xlsx_workbook_works_even_with_numbers_for_phones_and_ids(
    units, school, commune_manager
):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["DANH SÁCH ĐĂNG KÝ"])
    sheet.append(["Full name", "Phone", "Group", "Commune", "Citizen ID", "Birth year"])
    sheet.append(["Mùa A Chu", 987654321, "adults", "04600", 15192001234, 1992])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["Hầu A Lử", "0905 123 456", "workers", "Xã Trạm Tấu", None, None])
    buffer = io.BytesIO()
    workbook.save(buffer)
    upload = SimpleUploadedFile("roster.xlsx", buffer.getvalue())

    report = import_roster(actor=commune_manager, upload=upload)

    assert [(row.line, row.status) for row in report.rows] == [
        (3, RowStatus.CREATED),
        (5, RowStatus.CREATED),
    ]
    chu = User.objects.get(phone="+84987654321")
    assert chu.citizen_id_last_digits == "234"
    assert chu.birth_year == 1992


def _reasons(report):
    return {row.line: list(row.reasons) for row in report.rows if row.reasons}


def test_bad_rows_are_each_reported_with_line_and_reason_and_nothing_is_written(
    units, school, commune_manager
):
    upload = _csv(
        GOOD_ROWS[0],
        "Sùng A Tủa,0901234567,,adults,,Xã Không Có,,",
        "Vàng A Dìn,09xx,,adults,,04600,,",
        "Mùa A Chu lần 2,0987654321,,adults,,04600,,",
        "Hờ A Sính,0933123456,,adults,,Xã Bản Mù,,",
        "Lò Văn Pháo,0868123456,,adults,Hợp tác xã Không Có,04600,,",
        "Sùng Thị Dế,0868123457,,farmers,,04600,,",
    )
    report = import_roster(actor=commune_manager, upload=upload)

    assert not report.is_written
    assert report.errors == 6
    assert _reasons(report) == {
        3: [Reason.COMMUNE_UNKNOWN],
        4: [Reason.PHONE_NOT_A_NUMBER],
        5: [Reason.DUPLICATE_IN_FILE],
        6: [Reason.COMMUNE_OUT_OF_SCOPE],
        7: [Reason.ORGANISATION_UNKNOWN],
        8: [Reason.GROUP_UNKNOWN],
    }
    assert report.rows[0].status == RowStatus.CREATED
    with translation.override("en"):
        assert roster.message_for(roster.RowIssue(5, Reason.DUPLICATE_IN_FILE, "2")) == (
            "Same phone, e-mail or citizen ID as line 2 of the file."
        )
    assert not _people().exists()
    assert not AuditEntry.objects.exists()


def test_the_report_messages_name_the_bad_value(units, commune_manager):
    with translation.override("en"):
        report = import_roster(
            actor=commune_manager, upload=_csv("A,0901234567,,adults,,Xã Không Có,,")
        )
    assert report.rows[0].messages == ("Unknown commune “Xã Không Có”.",)


def test_a_group_limited_manager_cannot_register_other_groups(units):
    manager = make_manager("students.manager", unit=units["xa_tram_tau"], groups=("students",))
    report = import_roster(
        actor=manager,
        upload=_csv("A,0901234567,,adults,,04600,,", "B,0901234568,,students,,04600,,"),
    )
    assert _reasons(report) == {2: [Reason.GROUP_OUT_OF_SCOPE]}
    assert not _people().exists()


def test_an_organisation_manager_registers_only_members_of_their_organisation(
    units, school, school_manager
):
    report = import_roster(
        actor=school_manager,
        upload=_csv(
            "A,0901234567,,students,Trường PTDTBT THCS Trạm Tấu,04600,,",
            "B,0901234568,,students,,04600,,",
            "C,0901234569,,students,,04615,,",
        ),
    )
    assert _reasons(report) == {
        3: [Reason.ORGANISATION_OUT_OF_SCOPE],
        4: [Reason.COMMUNE_OUT_OF_SCOPE],
    }


def test_uploading_the_same_file_again_registers_no_one_twice(units, school, commune_manager):
    import_roster(actor=commune_manager, upload=_csv(*GOOD_ROWS))
    again = import_roster(actor=commune_manager, upload=_csv(*GOOD_ROWS))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert _people().count() == 3


def test_a_registered_person_matched_by_phone_in_another_format_is_completed_not_duplicated(
    units, school, commune_manager
):
    person = make_person(
        "Giàng A Sử", unit=units["xa_tram_tau"], phone="+84912345678", group_code=""
    )
    report = import_roster(
        actor=commune_manager,
        upload=_csv("Giàng A Sử,+84 912-345-678,,students,Trường PTDTBT THCS Trạm Tấu,04600,,"),
    )
    assert report.updated == 1
    assert User.objects.filter(phone="+84912345678").count() == 1
    person.refresh_from_db()
    assert person.target_group == group("students")
    assert person.organisation == school
    assert person.full_name == "Giàng A Sử"


def test_a_person_registered_outside_the_area_is_reported_without_their_data(
    units, commune_manager
):
    outsider = make_person("Vàng Thị Dung", unit=units["xa_ban_mu"], phone="+84912000111")
    report = import_roster(
        actor=commune_manager,
        upload=_csv("Người khác,0912 000 111,,adults,,04600,,", GOOD_ROWS[0]),
    )
    assert report.is_written
    row = report.rows[0]
    assert row.status == RowStatus.ELSEWHERE
    assert row.name == "Người khác"
    assert "Dung" not in str(row)
    assert "04615" not in str(row)
    outsider.refresh_from_db()
    assert outsider.unit == units["xa_ban_mu"]
    assert outsider.full_name == "Vàng Thị Dung"
    assert report.created == 1


def test_a_dry_run_reports_without_writing(units, school, commune_manager):
    report = import_roster(actor=commune_manager, upload=_csv(*GOOD_ROWS), dry_run=True)
    assert report.created == 3
    assert not report.is_written
    assert not _people().exists()


@pytest.mark.parametrize(
    ("upload", "code", "message"),
    [
        (SimpleUploadedFile("a.csv", b""), "empty", "The file is empty."),
        (
            SimpleUploadedFile("a.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40)),
            "not_text",
            "This file is not a CSV text file. In Excel, save it as “CSV UTF-8”.",
        ),
        (
            SimpleUploadedFile("a.xlsx", b"Ho va ten,So dien thoai\n"),
            "not_xlsx",
            "This file is not a real Excel workbook (.xlsx). Open it in Excel and save it again, "
            "or save it as CSV.",
        ),
        (
            SimpleUploadedFile("a.pdf", b"%PDF-1.4"),
            "type",
            "Upload a CSV file or an Excel workbook (.xlsx), like the template.",
        ),
        (
            SimpleUploadedFile("a.csv", "Họ và tên,Nhóm\nA,adults\n".encode()),
            "missing_columns",
            "Missing column(s): Phone number or e-mail, Commune. The first row must name the "
            "columns, as in the template.",
        ),
        (
            SimpleUploadedFile("a.csv", (HEADER + "\n\n").encode()),
            "no_rows",
            "The file has a header but no people under it.",
        ),
    ],
)
def test_unreadable_files_are_refused_with_a_precise_message(
    units, commune_manager, upload, code, message
):
    with translation.override("en"), pytest.raises(RosterRejectedError) as refused:
        import_roster(actor=commune_manager, upload=upload)
    assert refused.value.code == code
    assert str(refused.value) == message
    assert not _people().exists()


@override_settings(ROSTER_MAX_BYTES=100)
def test_a_file_over_the_size_limit_is_refused(units, commune_manager):
    with translation.override("en"), pytest.raises(RosterRejectedError) as refused:
        import_roster(actor=commune_manager, upload=_csv(*GOOD_ROWS))
    assert refused.value.code == "too_large"
    assert "the limit is 100\xa0bytes" in str(refused.value)


@override_settings(ROSTER_MAX_ROWS=2)
def test_a_file_with_too_many_rows_is_refused(units, commune_manager):
    with translation.override("en"), pytest.raises(RosterRejectedError) as refused:
        import_roster(actor=commune_manager, upload=_csv(*GOOD_ROWS))
    assert refused.value.code == "too_many_rows"
    assert str(refused.value) == "The file has more than 2 people; split it into smaller files."


def test_people_who_manage_no_one_cannot_import(units, learner):
    from portal.core.exceptions import PermissionDeniedError

    with pytest.raises(PermissionDeniedError):
        import_roster(actor=learner, upload=_csv(*GOOD_ROWS))


def test_the_template_is_a_roster_that_excel_opens_as_utf8():
    content = roster.roster_template_csv()
    assert content.startswith("\ufeff".encode())
    assert content.decode("utf-8-sig").splitlines()[0] == HEADER


@override_settings(CITIZEN_ID_KEY="khoa-cccd-rieng")
def test_a_citizen_id_saved_in_a_profile_matches_the_same_id_in_a_roster(units, district_manager):
    person = make_person("Sùng A Páo", unit=units["new_xa_tram_tau"], phone="+84912345678")
    update_profile(
        user=person,
        full_name="Sùng A Páo",
        birth_year=1985,
        unit=units["new_xa_tram_tau"],
        target_group=group("adults"),
        organisation=None,
        citizen_id="015 085 001 234",
    )
    report = import_roster(
        actor=district_manager,
        upload=_csv("Sùng A Páo,0987 654 321,,adults,,04600,015085001234,1985"),
    )
    assert [row.status for row in report.rows] == [RowStatus.UNCHANGED]
    assert not User.objects.filter(phone="+84987654321").exists()
    assert User.objects.filter(citizen_id_last_digits="234").get() == person
