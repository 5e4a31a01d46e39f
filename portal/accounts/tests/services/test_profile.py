"""Profile services: commune of today, target group, organisation and citizen ID."""

from typing import Any

import pytest
from django.utils import timezone

from portal.accounts.models import User
from portal.accounts.services.errors import ProfileError
from portal.accounts.services.profile import (
    citizen_id_key,
    communes_matching,
    organisations_in_commune,
    update_profile,
)
from portal.accounts.tests.factories import group

CITIZEN_ID_1985 = "015085001234"


def profile(user: User, **changes):
    fields: dict[str, Any] = {
        "full_name": "Giàng A Sử",
        "birth_year": 1985,
        "unit": user.unit,
        "target_group": group("adults"),
        "organisation": None,
        "citizen_id": "",
    }
    fields.update(changes)
    return update_profile(user=user, **fields)


def test_profile_takes_a_commune_of_today_and_a_citizen_id(learner, units):
    profile(learner, unit=units["new_xa_tram_tau"], citizen_id="015 085 001 234")
    learner.refresh_from_db()
    assert learner.unit == units["new_xa_tram_tau"]
    assert learner.birth_year == 1985
    assert learner.citizen_id_last_digits == "234"
    assert learner.citizen_id_masked == "•••••••••234"
    assert len(learner.citizen_id_digest) == 64
    assert CITIZEN_ID_1985 not in learner.citizen_id_digest


def test_profile_refuses_a_commune_closed_by_the_merger(learner, units):
    with pytest.raises(ProfileError) as caught:
        profile(learner, unit=units["xa_tram_tau"])
    assert caught.value.errors == {
        "unit": "Xã này không còn sau khi sắp xếp đơn vị hành chính năm 2025. Vui lòng chọn xã "
        "mới mà xã này đã sáp nhập vào."
    }


def test_profile_refuses_a_district_as_commune(learner, units):
    with pytest.raises(ProfileError) as caught:
        profile(learner, unit=units["lao_cai"])
    assert list(caught.value.errors) == ["unit"]


@pytest.mark.parametrize(
    ("citizen_id", "birth_year", "message"),
    [
        ("01508500123", 1985, "Số định danh cá nhân (CCCD) gồm đúng 12 chữ số."),
        (
            "000085001234",
            1985,
            "3 chữ số đầu của số CCCD không phải mã tỉnh. Vui lòng kiểm tra lại số trên thẻ.",
        ),
        (
            CITIZEN_ID_1985,
            1990,
            "Số CCCD không khớp với năm sinh (chữ số thứ 5 và 6 là hai số cuối của năm sinh).",
        ),
    ],
)
def test_profile_refuses_bad_citizen_ids(learner, units, citizen_id, birth_year, message):
    with pytest.raises(ProfileError) as caught:
        profile(
            learner,
            unit=units["new_xa_tram_tau"],
            citizen_id=citizen_id,
            birth_year=birth_year,
        )
    assert caught.value.errors == {"citizen_id": message}
    learner.refresh_from_db()
    assert learner.citizen_id_digest is None


def test_profile_refuses_a_citizen_id_someone_else_gave(learner, residents, units):
    profile(residents["in_commune"], unit=units["new_xa_tram_tau"], citizen_id=CITIZEN_ID_1985)
    with pytest.raises(ProfileError) as caught:
        profile(learner, unit=units["new_xa_tram_tau"], citizen_id=CITIZEN_ID_1985)
    assert caught.value.errors == {
        "citizen_id": "Số CCCD này đã được dùng cho một tài khoản khác. Nếu đó là số của bạn, "
        "vui lòng liên hệ đường dây hỗ trợ ở trang Liên hệ."
    }


def test_profile_checks_the_age_of_the_target_group(learner, units):
    this_year = timezone.localdate().year
    with pytest.raises(ProfileError) as caught:
        profile(learner, unit=units["new_xa_tram_tau"], birth_year=this_year - 10)
    assert list(caught.value.errors) == ["target_group"]


def test_citizen_id_key_comes_from_the_setting_or_the_secret_key(settings):
    settings.CITIZEN_ID_KEY = ""
    derived = citizen_id_key()
    assert len(derived) == 32
    settings.CITIZEN_ID_KEY = "khoa-rieng"
    assert citizen_id_key() == b"khoa-rieng"


def test_organisations_of_a_new_commune_include_those_of_merged_communes(school, units):
    assert organisations_in_commune(unit=units["new_xa_tram_tau"]) == [school]
    assert organisations_in_commune(unit=units["mcc_commune"]) == []


def test_communes_matching_ignores_diacritics_and_lists_only_today_s_communes(units):
    found = communes_matching(query="tram tau")
    assert [unit.code for unit in found] == ["04606"]
