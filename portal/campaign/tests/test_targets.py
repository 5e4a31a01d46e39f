from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils.translation import gettext as _

from conftest import sign_in
from portal.accounts.models import AuditEntry
from portal.accounts.tests.factories import make_manager
from portal.campaign.models import Target
from portal.campaign.services import targets as service
from portal.core.exceptions import PermissionDeniedError

pytestmark = pytest.mark.django_db

BEFORE = date(2025, 5, 1)
AFTER = date(2025, 8, 1)
END_2025 = date(2025, 12, 31)
END_2026 = date(2026, 12, 31)
URL = "campaign:target-list"


@pytest.fixture
def defaults(units):
    service.ensure_default_targets()
    return units


def _override(units, rate="0.900", unit="tram_tau", indicator="adults", due_on=END_2025):
    return Target.objects.create(indicator=indicator, unit=units[unit], due_on=due_on, rate=rate)


def test_defaults_go_on_both_provinces_coded_15_once(units):
    assert service.ensure_default_targets() == 20
    assert service.ensure_default_targets() == 0
    for province in (units["yen_bai"], units["lao_cai"]):
        rates = {(t.indicator, t.due_on): t.rate for t in Target.objects.filter(unit=province)}
        assert rates[("students", END_2025)] == Decimal("1.000")
        assert rates[("adults_confirmed", END_2025)] == Decimal("0.800")
        assert rates[("workers", END_2026)] == Decimal("1.000")
        assert len(rates) == 10


def test_defaults_keep_a_province_edit(units):
    service.ensure_default_targets()
    Target.objects.filter(unit=units["lao_cai"], indicator="adults", due_on=END_2025).update(
        rate=Decimal("0.850")
    )
    service.ensure_default_targets()
    assert Target.objects.get(
        unit=units["lao_cai"], indicator="adults", due_on=END_2025
    ).rate == Decimal("0.850")


def test_before_the_merger_a_commune_follows_the_old_province(defaults):
    units = defaults
    assert service.target_for(indicator="adults", unit_id=units["xa_tram_tau"].pk, day=BEFORE) == (
        0.8,
        END_2025,
        units["yen_bai"].pk,
    )
    assert service.target_for(
        indicator="students", unit_id=units["xa_tram_tau"].pk, day=BEFORE
    ) == (1.0, END_2025, units["yen_bai"].pk)


def test_a_district_target_overrides_the_province_in_its_subtree_only(defaults):
    units = defaults
    _override(units)
    for key in ("tram_tau", "xa_tram_tau", "xa_ban_mu"):
        assert service.target_for(indicator="adults", unit_id=units[key].pk, day=BEFORE) == (
            0.9,
            END_2025,
            units["tram_tau"].pk,
        ), key
    assert service.target_for(indicator="adults", unit_id=units["mcc_commune"].pk, day=BEFORE) == (
        0.8,
        END_2025,
        units["yen_bai"].pk,
    )
    # Only the adults' target was set on the district.
    workers = service.target_for(indicator="workers", unit_id=units["xa_tram_tau"].pk, day=BEFORE)
    assert workers is not None
    assert workers.set_at_unit_id == units["yen_bai"].pk


def test_a_district_with_only_a_2025_target_keeps_it_after_its_due_day(defaults):
    units = defaults
    _override(units)
    day = date(2025, 6, 30)
    assert service.target_for(indicator="adults", unit_id=units["xa_tram_tau"].pk, day=day) == (
        0.9,
        END_2025,
        units["tram_tau"].pk,
    )


def test_after_the_merger_the_new_province_applies_even_to_old_communes(defaults):
    units = defaults
    _override(units)
    for key in ("xa_tram_tau", "new_xa_tram_tau"):
        assert service.target_for(indicator="adults", unit_id=units[key].pk, day=AFTER) == (
            0.8,
            END_2025,
            units["lao_cai"].pk,
        ), key


def test_after_the_first_due_day_the_next_target_applies(defaults):
    units = defaults
    commune = units["new_xa_tram_tau"].pk
    assert service.target_for(indicator="adults", unit_id=commune, day=date(2026, 1, 1)) == (
        1.0,
        END_2026,
        units["lao_cai"].pk,
    )
    assert service.target_for(indicator="adults", unit_id=commune, day=date(2027, 3, 1)) == (
        1.0,
        END_2026,
        units["lao_cai"].pk,
    )


def test_no_target_for_a_unit_that_did_not_exist_yet(defaults):
    units = defaults
    assert (
        service.target_for(indicator="adults", unit_id=units["new_xa_tram_tau"].pk, day=BEFORE)
        is None
    )


def test_no_target_before_any_is_set(units):
    assert service.target_for(indicator="adults", unit_id=units["xa_tram_tau"].pk, day=BEFORE) is (
        None
    )


def test_a_province_manager_sets_a_district_target_and_it_is_audited(defaults, province_manager):
    units = defaults
    target = service.set_target(
        actor=province_manager,
        indicator="adults",
        unit_id=units["tram_tau"].pk,
        due_on=END_2025,
        rate=Decimal("0.85"),
    )
    assert (target.rate, target.updated_by) == (Decimal("0.850"), province_manager)
    entry = AuditEntry.objects.get()
    assert entry.action == service.TARGET_SET_ACTION == "target.set"
    assert entry.actor == province_manager
    assert entry.detail == {
        "unit_id": units["tram_tau"].pk,
        "indicator": "adults",
        "due_on": "2025-12-31",
        "rate": "0.850",
        "previous_rate": None,
    }
    service.set_target(
        actor=province_manager,
        indicator="adults",
        unit_id=units["tram_tau"].pk,
        due_on=END_2025,
        rate=0.9,
    )
    assert Target.objects.filter(unit=units["tram_tau"]).count() == 1
    latest = AuditEntry.objects.order_by("-pk").first()
    assert latest is not None
    assert latest.action == AuditEntry.Action.TARGET_SET
    assert latest.detail["previous_rate"] == "0.850"


def test_a_district_manager_sets_targets_in_their_district_only(defaults, district_manager):
    units = defaults
    for key in ("tram_tau", "xa_tram_tau", "new_xa_tram_tau"):
        service.set_target(
            actor=district_manager,
            indicator="workers",
            unit_id=units[key].pk,
            due_on=END_2026,
            rate="0.95",
        )
    for key in ("mu_cang_chai", "mcc_commune", "yen_bai", "lao_cai"):
        with pytest.raises(PermissionDeniedError):
            service.set_target(
                actor=district_manager,
                indicator="workers",
                unit_id=units[key].pk,
                due_on=END_2026,
                rate="0.95",
            )


def test_province_managers_reach_their_whole_area_but_not_the_new_province(
    defaults, province_manager
):
    units = defaults
    service.set_target(
        actor=province_manager,
        indicator="officials",
        unit_id=units["mcc_commune"].pk,
        due_on=END_2025,
        rate=1,
    )
    with pytest.raises(PermissionDeniedError):
        service.set_target(
            actor=province_manager,
            indicator="officials",
            unit_id=units["lao_cai"].pk,
            due_on=END_2025,
            rate=1,
        )


def test_commune_and_organisation_managers_cannot_set_targets(
    defaults, commune_manager, school_manager
):
    units = defaults
    for actor in (commune_manager, school_manager):
        assert not service.can_set_targets(actor=actor)
        with pytest.raises(PermissionDeniedError):
            service.set_target(
                actor=actor,
                indicator="adults",
                unit_id=units["xa_tram_tau"].pk,
                due_on=END_2025,
                rate="0.9",
            )
    assert not AuditEntry.objects.exists()


def test_a_manager_limited_to_a_group_sets_only_its_indicators(defaults):
    units = defaults
    manager = make_manager("students.manager", unit=units["tram_tau"], groups=("students",))
    service.set_target(
        actor=manager, indicator="students", unit_id=units["tram_tau"].pk, due_on=END_2025, rate=1
    )
    with pytest.raises(PermissionDeniedError):
        service.set_target(
            actor=manager, indicator="adults", unit_id=units["tram_tau"].pk, due_on=END_2025, rate=1
        )


def test_an_administrator_sets_targets_anywhere(defaults, admin_user_persona):
    units = defaults
    service.set_target(
        actor=admin_user_persona,
        indicator="adults",
        unit_id=units["lao_cai"].pk,
        due_on=END_2025,
        rate="0.75",
    )
    assert service.target_for(
        indicator="adults", unit_id=units["new_xa_tram_tau"].pk, day=AFTER
    ) == (0.75, END_2025, units["lao_cai"].pk)


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"rate": "1.2"}, "percent"),
        ({"rate": "-0.1"}, "percent"),
        ({"rate": "abc"}, "percent"),
        ({"rate": "NaN"}, "percent"),
        ({"due_on": date(2025, 3, 20)}, "due_on"),
        ({"indicator": "cats"}, "indicator"),
    ],
)
def test_bad_values_are_refused_with_the_field_at_fault(defaults, province_manager, values, field):
    units = defaults
    arguments = {
        "indicator": "adults",
        "unit_id": units["tram_tau"].pk,
        "due_on": END_2025,
        "rate": "0.9",
        **values,
    }
    with pytest.raises(service.TargetRejectedError) as caught:
        service.set_target(actor=province_manager, **arguments)
    assert caught.value.field == field
    assert not Target.objects.filter(unit=units["tram_tau"]).exists()


# The manager page


def _rows(response, indicator_position=2):
    """Rows of one indicator's table (adults by default) as unit code -> (due, %, set at)."""
    _label, rows = response.context["tables"][indicator_position]
    return {
        row.unit.code: (
            row.applied.due_on if row.applied else None,
            row.percent,
            row.set_at.code if row.set_at else None,
        )
        for row in rows
    }


def test_the_page_shows_the_targets_applying_in_a_district(client, defaults, district_manager):
    units = defaults
    _override(units, unit="xa_tram_tau", rate="0.950")
    sign_in(client, district_manager)
    response = client.get(reverse(URL), {"date": BEFORE.isoformat()})
    assert response.status_code == 200
    rows = _rows(response)
    assert rows["139"] == (END_2025, 80.0, "15")
    assert rows["04600"] == (END_2025, 95.0, "04600")
    assert rows["04615"] == (END_2025, 80.0, "15")
    shown = {row.unit.pk for row in response.context["tables"][2][1]}
    assert defaults["new_xa_tram_tau"].pk not in shown  # did not exist yet
    assert [label for label, _rows in response.context["tables"]] == [
        _("Officials and public employees"),
        _("School and university students"),
        _("Adults"),
        _("Adults, confirmed in a supervised session"),
        _("Workers in enterprises and cooperatives"),
    ]
    assert response.context["form"] is not None


def test_after_the_merger_the_page_shows_the_new_commune_under_lao_cai(
    client, defaults, district_manager
):
    sign_in(client, district_manager)
    response = client.get(reverse(URL), {"date": AFTER.isoformat()})
    # The new communes formed wholly from Huyện Trạm Tấu, Xã Trạm Tấu (04606) among them.
    new_communes = ("04585", "04603", "04606", "04609")
    assert _rows(response) == dict.fromkeys(new_communes, (END_2025, 80.0, "15"))
    rows = response.context["tables"][2][1]
    assert {row.set_at.pk for row in rows} == {defaults["lao_cai"].pk}
    assert defaults["new_xa_tram_tau"].pk in {row.unit.pk for row in rows}


def test_a_unit_out_of_scope_is_not_found(client, defaults, district_manager):
    units = defaults
    sign_in(client, district_manager)
    for key in ("mu_cang_chai", "yen_bai", "lao_cai"):
        assert client.get(reverse(URL), {"unit": units[key].pk}).status_code == 404, key
    assert client.get(reverse(URL), {"unit": "x"}).status_code == 404
    response = client.post(
        reverse(URL),
        {
            "indicator": "adults",
            "unit": units["mu_cang_chai"].pk,
            "due_on": "2025-12-31",
            "percent": "90",
        },
    )
    assert response.status_code == 404
    assert not Target.objects.filter(unit=units["mu_cang_chai"]).exists()


def test_a_commune_manager_sees_the_targets_but_no_form(client, defaults, commune_manager):
    units = defaults
    sign_in(client, commune_manager)
    response = client.get(reverse(URL), {"date": BEFORE.isoformat()})
    assert response.status_code == 200
    assert _rows(response) == {"04600": (END_2025, 80.0, "15")}
    assert response.context["form"] is None
    posted = client.post(
        reverse(URL),
        {
            "indicator": "adults",
            "unit": units["xa_tram_tau"].pk,
            "due_on": "2025-12-31",
            "percent": "90",
        },
    )
    assert posted.status_code == 404


def test_a_district_manager_sets_a_target_through_the_form(client, defaults, district_manager):
    units = defaults
    sign_in(client, district_manager)
    response = client.post(
        reverse(URL),
        {
            "indicator": "adults",
            "unit": units["tram_tau"].pk,
            "due_on": "31/12/2025",
            "percent": "87.5",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == f"{reverse(URL)}?unit={units['tram_tau'].pk}"
    target = Target.objects.get(unit=units["tram_tau"])
    assert (target.indicator, target.due_on, target.rate) == ("adults", END_2025, Decimal("0.875"))
    entry = AuditEntry.objects.get()
    assert (entry.action, entry.actor) == ("target.set", district_manager)
    page = client.get(response["Location"], {"date": BEFORE.isoformat()})
    assert _rows(page)["04600"] == (END_2025, 87.5, "139")


@pytest.mark.parametrize(
    ("changes", "errors"),
    [
        (
            {"percent": "150"},
            {"percent": [_("The share cannot be more than 100.")]},
        ),
        (
            {"percent": "-5"},
            {"percent": [_("The share cannot be less than 0.")]},
        ),
        (
            {"percent": "tám mươi"},
            {"percent": [_("Enter the share as a number from 0 to 100.")]},
        ),
        (
            {"percent": "80.25"},
            {"percent": [_("Use at most one decimal place.")]},
        ),
        (
            {"percent": "", "due_on": ""},
            {
                "due_on": [_("Enter the date to reach the target by.")],
                "percent": [_("Enter the share to reach, from 0 to 100.")],
            },
        ),
        (
            {"due_on": "31/13/2025"},
            {"due_on": [_("Enter a valid date, for example 31/12/2025.")]},
        ),
        (
            {"indicator": "", "unit": ""},
            {"indicator": [_("Choose an indicator.")], "unit": [_("Choose a unit.")]},
        ),
        (
            {"indicator": "cats"},
            {"indicator": [_("Choose one of the campaign's indicators.")]},
        ),
        (
            {"due_on": "2025-01-31"},
            {
                "due_on": [
                    _("The due date must be on or after %(day)s, when the campaign began.")
                    % {"day": "21/03/2025"}
                ]
            },
        ),
    ],
)
def test_form_errors_are_shown_on_their_fields(client, defaults, province_manager, changes, errors):
    units = defaults
    sign_in(client, province_manager)
    data = {
        "indicator": "adults",
        "unit": units["tram_tau"].pk,
        "due_on": "2025-12-31",
        "percent": "90",
        **changes,
    }
    response = client.post(reverse(URL), data)
    assert response.status_code == 200
    assert response.context["form"].errors == errors
    assert not Target.objects.filter(unit=units["tram_tau"]).exists()
    assert not AuditEntry.objects.exists()


def test_the_form_offers_only_units_the_manager_may_set(client, defaults, district_manager):
    units = defaults
    sign_in(client, district_manager)
    response = client.get(reverse(URL))
    offered = {
        value for value, _label in response.context["form"].fields["unit"].widget.choices if value
    }
    assert units["tram_tau"].pk in offered
    assert units["new_xa_tram_tau"].pk in offered
    assert units["mu_cang_chai"].pk not in offered
    assert units["yen_bai"].pk not in offered


def test_an_administrator_sees_every_province(client, defaults, admin_user_persona):
    sign_in(client, admin_user_persona)
    response = client.get(reverse(URL), {"date": AFTER.isoformat()})
    rows = _rows(response)
    assert rows["15"] == (END_2025, 80.0, "15")
    assert rows["04606"] == (END_2025, 80.0, "15")


def test_the_page_reads_a_fixed_number_of_rows(
    client, defaults, district_manager, django_assert_num_queries
):
    sign_in(client, district_manager)
    client.get(reverse(URL))  # the unit graph and the scope are cached after the first visit
    # Session, user, device; grants and their groups; the grant's subtree (2); target groups;
    # units (3: the district, its communes, the form's); targets; the units they were set at.
    with django_assert_num_queries(13):
        response = client.get(reverse(URL), {"date": BEFORE.isoformat()})
    assert len(response.context["tables"][2][1]) == 13  # the district and its 12 communes
