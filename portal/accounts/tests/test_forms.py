"""Account forms: parsing, the exact messages, and accessible widgets."""

from typing import Any

import pytest
from django.utils import timezone

from portal.accounts import forms

PASSWORD = "Hoc-vu-so-2026!"


def sign_up_form(**changes) -> forms.SignUpForm:
    data = {
        "identifier": "0912 345 678",
        "full_name": "Giàng Thị Mỷ",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "has_consented": "on",
    }
    data.update(changes)
    return forms.SignUpForm(data)


def test_sign_up_form_accepts_a_phone_and_keeps_what_was_typed():
    form = sign_up_form()
    assert form.is_valid(), form.errors
    assert form.cleaned_data["identifier"] == "0912 345 678"
    assert form.cleaned_data["has_consented"] is True


@pytest.mark.parametrize(
    ("identifier", "message"),
    [
        ("0123", "Số điện thoại phải là số di động Việt Nam, ví dụ 0912 345 678."),
        ("abc", "Số điện thoại phải là số di động Việt Nam, ví dụ 0912 345 678."),
        (
            "+1 202 555 0101",
            "Chỉ nhận số di động Việt Nam (+84). Nếu dùng số nước ngoài, vui lòng đăng ký bằng "
            "e-mail.",
        ),
        ("0243 826 1234", "Đây là số máy bàn. Vui lòng nhập số di động để nhận mã qua tin nhắn."),
        ("mai@", "E-mail chưa đúng, ví dụ đúng: ten@example.com."),
        ("", "Vui lòng nhập số điện thoại di động hoặc e-mail."),
    ],
)
def test_sign_up_form_explains_each_identifier_problem(identifier, message):
    form = sign_up_form(identifier=identifier)
    assert not form.is_valid()
    assert form.errors["identifier"] == [message]


def test_sign_up_form_needs_matching_passwords_and_consent():
    form = sign_up_form(password2="khac", has_consented="")
    assert not form.is_valid()
    assert form.errors["password2"] == ["Hai mật khẩu chưa giống nhau."]
    assert form.errors["has_consented"] == [
        "Vui lòng đồng ý với thông báo xử lý dữ liệu cá nhân để đăng ký tài khoản."
    ]


def test_invalid_fields_point_to_their_error_and_hint():
    form = sign_up_form(identifier="0123")
    form.is_valid()
    widget = str(form["identifier"])
    assert 'aria-invalid="true"' in widget
    assert 'aria-describedby="id_identifier_helptext id_identifier_error"' in widget
    assert 'autocomplete="username"' in widget


@pytest.mark.parametrize(("code", "cleaned"), [("123456", "123456"), (" 123 456 ", "123456")])
def test_code_form_ignores_spaces(code, cleaned):
    form = forms.CodeForm({"code": code})
    assert form.is_valid()
    assert form.cleaned_data["code"] == cleaned


@pytest.mark.parametrize("code", ["12345", "abcdef", "1234567"])
def test_code_form_wants_six_digits(code):
    form = forms.CodeForm({"code": code})
    assert not form.is_valid()
    assert form.errors["code"] == ["Mã gồm 6 chữ số, ví dụ 123456."]


def test_code_field_is_numeric_one_time_code():
    widget = str(forms.CodeForm()["code"])
    assert 'autocomplete="one-time-code"' in widget
    assert 'inputmode="numeric"' in widget


def test_sign_in_form_uses_current_password():
    form = forms.SignInForm()
    assert 'autocomplete="current-password"' in str(form["password"])
    assert 'autocomplete="username"' in str(form["identifier"])


def test_reset_form_wants_new_passwords():
    form = forms.PasswordResetConfirmForm()
    assert 'autocomplete="new-password"' in str(form["password1"])
    assert 'autocomplete="one-time-code"' in str(form["code"])


def test_profile_form_offers_only_the_communes_given(units):
    commune = units["new_xa_tram_tau"]
    form = forms.ProfileForm(
        {
            "full_name": "Giàng A Sử",
            "unit": str(units["xa_ban_mu"].pk),
            "birth_year": "1985",
        },
        communes=[commune],
    )
    assert not form.is_valid()
    assert list(form.errors) == ["unit"]
    unit_field: Any = form.fields["unit"]
    assert unit_field.choices == [(commune.pk, "Xã Trạm Tấu, Tỉnh Lào Cai")]


def test_profile_form_refuses_a_year_of_birth_in_the_future(units):
    next_year = timezone.localdate().year + 1
    form = forms.ProfileForm({"full_name": "Giàng A Sử", "birth_year": str(next_year)}, communes=[])
    assert not form.is_valid()
    assert form.errors["birth_year"] == ["Năm sinh không thể ở tương lai."]


def test_profile_form_lists_organisations_of_the_chosen_commune(units, school):
    commune = units["new_xa_tram_tau"]
    form = forms.ProfileForm(
        {"full_name": "Giàng A Sử", "unit": str(commune.pk), "organisation": str(school.pk)},
        communes=[commune],
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["unit"] == commune
    assert form.cleaned_data["organisation"] == school


def test_profile_form_names_target_groups_in_vietnamese(units):
    form = forms.ProfileForm(communes=[])
    group_field: Any = form.fields["target_group"]
    labels = [label for _value, label in group_field.choices]
    assert "Người dân trong độ tuổi trưởng thành" in labels
