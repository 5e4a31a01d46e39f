import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from conftest import sign_in
from portal.accounts import permissions
from portal.accounts.models import Organisation, User
from portal.accounts.organisations import (
    OrganisationError,
    can_create_organisations,
    communes_for_new_organisations,
    create_organisation,
    update_organisation,
)
from portal.accounts.roster import import_roster
from portal.campaign.models import AdministrativeUnit, UnitLevel
from portal.core.exceptions import PermissionDeniedError

pytestmark = pytest.mark.django_db

COOPERATIVE = Organisation.Kind.COOPERATIVE
ROSTER_HEADER = "Họ và tên,Số điện thoại,Email,Nhóm,Tổ chức,Xã/phường,Số CCCD,Năm sinh"


def _commune_of_today_outside(user: User) -> AdministrativeUnit:
    unit = (
        AdministrativeUnit.objects.filter(level=UnitLevel.COMMUNE, valid_to__isnull=True)
        .exclude(pk__in=sorted(permissions.scope_of(user).unit_ids))
        .order_by("code")
        .first()
    )
    assert unit is not None
    return unit


def _form_errors(response, field):
    return response.context["form"].errors.get(field, [])


# The service


def test_a_district_manager_adds_a_cooperative_in_a_new_commune_of_the_district(
    units, district_manager
):
    organisation = create_organisation(
        actor=district_manager,
        name="  Hợp tác xã   Chè Shan tuyết  Trạm Tấu ",
        kind=COOPERATIVE,
        unit=units["new_xa_tram_tau"],
    )

    organisation.refresh_from_db()
    assert organisation.name == "Hợp tác xã Chè Shan tuyết Trạm Tấu"
    assert organisation.name_folded == "hop tac xa che shan tuyet tram tau"
    assert organisation.kind == COOPERATIVE
    assert organisation.unit == units["new_xa_tram_tau"]
    assert organisation.is_demo_data is False


def test_adding_in_a_commune_outside_the_area_is_refused(units, district_manager):
    for unit in (units["mcc_commune"], _commune_of_today_outside(district_manager)):
        with pytest.raises(OrganisationError, match="ngoài địa bàn bạn quản lý") as refusal:
            create_organisation(actor=district_manager, name="HTX Mới", kind=COOPERATIVE, unit=unit)
        assert refusal.value.field == "unit"
    assert not Organisation.objects.exists()


def test_a_commune_closed_by_the_merger_is_refused_with_its_name(units, district_manager):
    with pytest.raises(OrganisationError) as refusal:
        create_organisation(
            actor=district_manager, name="HTX Mới", kind=COOPERATIVE, unit=units["xa_tram_tau"]
        )
    assert str(refusal.value) == (
        "Xã Trạm Tấu không còn là đơn vị hành chính cấp xã hiện nay: hãy chọn xã mới mà nơi này đã "
        "sáp nhập vào."
    )
    assert refusal.value.field == "unit"


def test_a_district_is_refused(units, admin_user_persona):
    with pytest.raises(OrganisationError, match="hãy chọn xã, không chọn huyện") as refusal:
        create_organisation(
            actor=admin_user_persona, name="HTX Mới", kind=COOPERATIVE, unit=units["lao_cai"]
        )
    assert refusal.value.field == "unit"


def test_a_name_used_in_the_commune_is_refused_whatever_its_case_and_diacritics(
    units, district_manager
):
    create_organisation(
        actor=district_manager,
        name="Hợp tác xã Chè Trạm Tấu",
        kind=COOPERATIVE,
        unit=units["new_xa_tram_tau"],
    )
    with pytest.raises(OrganisationError) as refusal:
        create_organisation(
            actor=district_manager,
            name="HOP TAC XA CHE  tram tau",
            kind=Organisation.Kind.ENTERPRISE,
            unit=units["new_xa_tram_tau"],
        )
    assert str(refusal.value) == "Xã Trạm Tấu đã có tổ chức tên “Hợp tác xã Chè Trạm Tấu”."
    assert refusal.value.field == "name"
    assert Organisation.objects.count() == 1


def test_the_same_name_is_allowed_in_another_commune(units, admin_user_persona, district_manager):
    for unit in (units["new_xa_tram_tau"], _commune_of_today_outside(district_manager)):
        create_organisation(actor=admin_user_persona, name="HTX Chè", kind=COOPERATIVE, unit=unit)
    assert Organisation.objects.filter(name_folded="htx che").count() == 2


@pytest.mark.parametrize(
    ("name", "kind"),
    [("  ab ", COOPERATIVE), ("x" * 201, COOPERATIVE), ("HTX Mới", "club")],
)
def test_a_name_too_short_or_long_or_an_unknown_kind_is_refused(
    units, district_manager, name, kind
):
    with pytest.raises(OrganisationError):
        create_organisation(
            actor=district_manager, name=name, kind=kind, unit=units["new_xa_tram_tau"]
        )


def test_an_organisation_manager_renames_their_own_organisation_but_cannot_add_one(
    units, school, school_manager
):
    renamed = update_organisation(
        actor=school_manager,
        organisation=school,
        name="Trường PTDTBT THCS xã Trạm Tấu",
        kind=Organisation.Kind.SCHOOL,
    )
    school.refresh_from_db()
    assert renamed.name == school.name == "Trường PTDTBT THCS xã Trạm Tấu"
    assert school.name_folded == "truong ptdtbt thcs xa tram tau"
    assert school.unit == units["xa_tram_tau"]
    assert not can_create_organisations(actor=school_manager)
    with pytest.raises(PermissionDeniedError):
        create_organisation(
            actor=school_manager, name="HTX Mới", kind=COOPERATIVE, unit=units["xa_tram_tau"]
        )


def test_an_organisation_manager_cannot_rename_another_organisation(units, school_manager):
    other = Organisation.objects.create(
        name="HTX Bản Mù", kind=COOPERATIVE, unit=units["xa_ban_mu"], name_folded="htx ban mu"
    )
    with pytest.raises(PermissionDeniedError):
        update_organisation(actor=school_manager, organisation=other, name="HTX", kind=COOPERATIVE)
    other.refresh_from_db()
    assert other.name == "HTX Bản Mù"


def test_renaming_to_a_name_taken_in_the_commune_changes_nothing(units, school, district_manager):
    other = Organisation.objects.create(
        name="HTX Trạm Tấu", kind=COOPERATIVE, unit=units["xa_tram_tau"], name_folded="htx tram tau"
    )
    with pytest.raises(OrganisationError, match="đã có tổ chức tên"):
        update_organisation(
            actor=district_manager, organisation=school, name="htx TRAM tấu", kind=COOPERATIVE
        )
    assert school.name == "Trường PTDTBT THCS Trạm Tấu"
    school.refresh_from_db()
    assert (school.name, school.kind) == ("Trường PTDTBT THCS Trạm Tấu", Organisation.Kind.SCHOOL)
    assert other.name == "HTX Trạm Tấu"


def test_keeping_the_name_and_changing_the_kind_is_not_a_duplicate(school, district_manager):
    update_organisation(
        actor=district_manager, organisation=school, name=school.name, kind=Organisation.Kind.AGENCY
    )
    school.refresh_from_db()
    assert school.kind == Organisation.Kind.AGENCY


def test_the_communes_offered_are_todays_communes_of_the_area_sorted_by_name(
    units, district_manager, commune_manager, admin_user_persona
):
    offered = list(communes_for_new_organisations(actor=district_manager))
    assert units["new_xa_tram_tau"] in offered
    assert all(unit.valid_to is None and unit.level == UnitLevel.COMMUNE for unit in offered)
    assert all(unit.pk in permissions.scope_of(district_manager).unit_ids for unit in offered)
    assert [unit.name_folded for unit in offered] == sorted(unit.name_folded for unit in offered)
    # The old Xã Trạm Tấu is only part of the new one, so its manager has no commune of today.
    assert not communes_for_new_organisations(actor=commune_manager).exists()
    assert not can_create_organisations(actor=commune_manager)
    everywhere = communes_for_new_organisations(actor=admin_user_persona)
    assert _commune_of_today_outside(district_manager) in everywhere


def test_a_new_organisation_can_be_named_in_a_roster(units, district_manager):
    create_organisation(
        actor=district_manager,
        name="Hợp tác xã Chè Trạm Tấu",
        kind=COOPERATIVE,
        unit=units["new_xa_tram_tau"],
    )
    text = f"{ROSTER_HEADER}\nMùa A Chu,0987 654 321,,adults,hop tac xa che tram tau,04606,,1980\n"
    upload = SimpleUploadedFile("htx.csv", text.encode("utf-8"), content_type="text/csv")

    report = import_roster(actor=district_manager, upload=upload)

    assert (report.created, report.errors) == (1, 0)
    member = User.objects.get(phone="+84987654321")
    assert member.organisation is not None
    assert member.organisation.name == "Hợp tác xã Chè Trạm Tấu"
    assert member.unit == units["new_xa_tram_tau"]


# The pages


def test_a_district_manager_adds_an_organisation_through_the_form(client, units, district_manager):
    sign_in(client, district_manager)
    listing = client.get(reverse("manage:organisation-list"))
    assert listing.context["can_create"]
    assert reverse("manage:organisation-create") in listing.content.decode()
    form = client.get(reverse("manage:organisation-create"))
    assert form.status_code == 200
    assert units["new_xa_tram_tau"] in form.context["form"].fields["unit"].queryset
    assert units["xa_tram_tau"] not in form.context["form"].fields["unit"].queryset

    response = client.post(
        reverse("manage:organisation-create"),
        {
            "name": "Hợp tác xã Chè Trạm Tấu",
            "kind": COOPERATIVE,
            "unit": units["new_xa_tram_tau"].pk,
        },
        follow=True,
    )

    organisation = Organisation.objects.get()
    assert response.redirect_chain == [
        (reverse("manage:organisation-detail", args=[organisation.pk]), 302)
    ]
    assert [str(message) for message in response.context["messages"]] == [
        "Đã thêm “Hợp tác xã Chè Trạm Tấu”."
    ]
    assert "Hợp tác xã Chè Trạm Tấu" in response.content.decode()
    listing = client.get(reverse("manage:organisation-list"))
    assert [org.name for org in listing.context["page"].object_list] == ["Hợp tác xã Chè Trạm Tấu"]


def test_a_duplicate_name_is_shown_on_the_name_field(client, units, district_manager):
    Organisation.objects.create(
        name="HTX Chè", kind=COOPERATIVE, unit=units["new_xa_tram_tau"], name_folded="htx che"
    )
    sign_in(client, district_manager)
    response = client.post(
        reverse("manage:organisation-create"),
        {"name": "htx chè", "kind": COOPERATIVE, "unit": units["new_xa_tram_tau"].pk},
    )
    assert response.status_code == 200
    assert _form_errors(response, "name") == ["Xã Trạm Tấu đã có tổ chức tên “HTX Chè”."]
    body = response.content.decode()
    assert 'role="alert"' in body
    assert 'aria-invalid="true"' in body
    assert Organisation.objects.count() == 1


def test_a_forged_commune_outside_the_area_is_a_form_error(client, units, district_manager):
    sign_in(client, district_manager)
    for unit in (units["mcc_commune"], _commune_of_today_outside(district_manager)):
        response = client.post(
            reverse("manage:organisation-create"),
            {"name": "HTX Mới", "kind": COOPERATIVE, "unit": unit.pk},
        )
        assert response.status_code == 200
        assert _form_errors(response, "unit")
    assert not Organisation.objects.exists()


def test_the_school_manager_renames_the_school_but_cannot_open_the_add_page(
    client, school, school_manager
):
    sign_in(client, school_manager)
    listing = client.get(reverse("manage:organisation-list"))
    assert not listing.context["can_create"]
    assert reverse("manage:organisation-create") not in listing.content.decode()
    assert client.get(reverse("manage:organisation-create")).status_code == 404
    url = reverse("manage:organisation-update", args=[school.pk])
    assert (
        url in client.get(reverse("manage:organisation-detail", args=[school.pk])).content.decode()
    )
    form = client.get(url)
    assert form.status_code == 200
    assert form.context["form"]["name"].value() == school.name
    assert "unit" not in form.context["form"].fields

    response = client.post(url, {"name": "Trường THCS Trạm Tấu", "kind": Organisation.Kind.SCHOOL})

    assert response.status_code == 302
    assert response["Location"] == reverse("manage:organisation-detail", args=[school.pk])
    school.refresh_from_db()
    assert school.name == "Trường THCS Trạm Tấu"


def test_organisations_outside_the_scope_are_not_found_on_the_change_page(
    client, units, school_manager, district_manager
):
    elsewhere = Organisation.objects.create(
        name="HTX Mù Căng Chải",
        kind=COOPERATIVE,
        unit=units["mcc_commune"],
        name_folded="htx mu cang chai",
    )
    url = reverse("manage:organisation-update", args=[elsewhere.pk])
    for manager in (school_manager, district_manager):
        sign_in(client, manager)
        assert client.get(url).status_code == 404
        assert client.post(url, {"name": "Đổi tên", "kind": COOPERATIVE}).status_code == 404
        client.logout()
    elsewhere.refresh_from_db()
    assert elsewhere.name == "HTX Mù Căng Chải"


@pytest.mark.parametrize("name", ["manage:organisation-create", "manage:organisation-update"])
def test_learners_get_not_found(client, school, learner, name):
    url = reverse(name, args=[school.pk] if name.endswith("update") else [])
    sign_in(client, learner)
    assert client.get(url).status_code == 404
    assert client.post(url, {"name": "HTX Mới", "kind": COOPERATIVE}).status_code == 404


def test_anonymous_people_are_asked_to_sign_in(client, school):
    response = client.get(reverse("manage:organisation-create"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:sign-in"))


def test_the_administrator_adds_anywhere_and_renames_anything(
    client, units, school, admin_user_persona, district_manager
):
    outside = _commune_of_today_outside(district_manager)
    sign_in(client, admin_user_persona)
    response = client.post(
        reverse("manage:organisation-create"),
        {"name": "HTX Mù Căng Chải", "kind": COOPERATIVE, "unit": outside.pk},
    )
    created = Organisation.objects.get(unit=outside)
    assert response["Location"] == reverse("manage:organisation-detail", args=[created.pk])
    response = client.post(
        reverse("manage:organisation-update", args=[school.pk]),
        {"name": "Trường THCS Trạm Tấu", "kind": Organisation.Kind.SCHOOL},
    )
    assert response.status_code == 302
    school.refresh_from_db()
    assert school.name == "Trường THCS Trạm Tấu"


def test_organisations_saved_in_the_django_admin_get_their_folded_name(
    client, units, admin_user_persona
):
    sign_in(client, admin_user_persona)
    response = client.post(
        "/django-admin/accounts/organisation/add/",
        {
            "name": "Hợp tác xã Chè Shan Tuyết",
            "kind": "cooperative",
            "unit": units["new_xa_tram_tau"].pk,
        },
    )
    assert response.status_code == 302
    assert Organisation.objects.get(name="Hợp tác xã Chè Shan Tuyết").name_folded == (
        "hop tac xa che shan tuyet"
    )
