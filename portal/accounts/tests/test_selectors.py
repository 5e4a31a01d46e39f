from datetime import date

import pytest

from portal.accounts import permissions, selectors
from portal.accounts.tests.factories import make_person

pytestmark = pytest.mark.django_db


def _totals(figures):
    return {figure.unit.code: figure.total for figure in figures}


def test_a_person_in_an_old_commune_counts_in_the_old_district_before_the_merger(
    units, admin_user_persona
):
    make_person("Giàng A Dế", unit=units["xa_tram_tau"], joined=date(2025, 4, 2))
    scope = permissions.scope_of(admin_user_persona)
    provinces = selectors.registered_people_by_unit(scope=scope, day=date(2025, 6, 30))
    assert _totals(provinces) == {"15": 1}
    assert provinces[0].unit == units["yen_bai"]
    districts = selectors.registered_people_by_unit(
        scope=scope, day=date(2025, 6, 30), parent=units["yen_bai"]
    )
    assert _totals(districts) == {"139": 1, "137": 0}
    communes = selectors.registered_people_by_unit(
        scope=scope, day=date(2025, 6, 30), parent=units["tram_tau"]
    )
    assert _totals(communes)["04600"] == 1
    assert sum(_totals(communes).values()) == 1


def test_the_same_person_counts_in_the_new_commune_and_province_after_the_merger(
    units, admin_user_persona
):
    make_person("Giàng A Dế", unit=units["xa_tram_tau"], joined=date(2025, 4, 2))
    scope = permissions.scope_of(admin_user_persona)
    provinces = selectors.registered_people_by_unit(scope=scope, day=date(2025, 7, 1))
    assert [(f.unit, f.total) for f in provinces] == [(units["lao_cai"], 1)]
    communes = selectors.registered_people_by_unit(
        scope=scope, day=date(2025, 7, 1), parent=units["lao_cai"]
    )
    totals = _totals(communes)
    assert totals["04606"] == 1
    assert sum(totals.values()) == 1
    assert "139" not in totals


def test_people_who_joined_later_are_not_counted_earlier(units, admin_user_persona):
    make_person("Mùa A Chu", unit=units["new_xa_tram_tau"], joined=date(2025, 9, 1))
    scope = permissions.scope_of(admin_user_persona)
    assert _totals(selectors.registered_people_by_unit(scope=scope, day=date(2025, 8, 1))) == {
        "15": 0
    }
    assert _totals(selectors.registered_people_by_unit(scope=scope, day=date(2025, 9, 1))) == {
        "15": 1
    }


def test_a_district_manager_sees_the_district_before_and_its_new_communes_after(
    units, district_manager
):
    make_person("Giàng A Dế", unit=units["xa_tram_tau"], joined=date(2025, 4, 2))
    make_person("Hờ A Chớ", unit=units["mcc_commune"], joined=date(2025, 4, 2))
    scope = permissions.scope_of(district_manager)
    before = selectors.registered_people_by_unit(scope=scope, day=date(2025, 6, 30))
    assert [(f.unit, f.total) for f in before] == [(units["tram_tau"], 1)]
    after = _totals(selectors.registered_people_by_unit(scope=scope, day=date(2025, 7, 1)))
    assert after["04606"] == 1
    assert sum(after.values()) == 1
    assert "15" not in after
