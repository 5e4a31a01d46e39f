import pytest

from portal.accounts import audit, permissions
from portal.accounts.models import AuditEntry, Organisation
from portal.accounts.tests.factories import make_manager, make_person
from portal.core.exceptions import NotFoundError

pytestmark = pytest.mark.django_db


def _visible(user, residents):
    ids = set(permissions.people_visible_to(user).values_list("pk", flat=True))
    return {key for key, person in residents.items() if person.pk in ids}


def test_a_commune_manager_reaches_only_their_commune(units, residents, commune_manager):
    assert _visible(commune_manager, residents) == {"in_commune", "pupil"}
    with pytest.raises(NotFoundError):
        permissions.person_for(commune_manager, residents["other_commune"].pk)
    with pytest.raises(NotFoundError):
        permissions.person_for(commune_manager, residents["other_district"].pk)
    assert permissions.can_view_unit(commune_manager, units["xa_tram_tau"].pk)
    assert not permissions.can_view_unit(commune_manager, units["tram_tau"].pk)
    assert not permissions.can_view_unit(commune_manager, units["xa_ban_mu"].pk)


def test_a_district_manager_reaches_the_whole_district_and_nothing_else(
    units, residents, district_manager
):
    assert _visible(district_manager, residents) == {"in_commune", "pupil", "other_commune"}
    assert permissions.can_view_unit(district_manager, units["xa_ban_mu"].pk)
    assert not permissions.can_view_unit(district_manager, units["mu_cang_chai"].pk)
    assert not permissions.can_view_unit(district_manager, units["mcc_commune"].pk)


def test_a_school_manager_reaches_only_the_schools_members(
    units, residents, school, school_manager
):
    assert _visible(school_manager, residents) == {"pupil"}
    assert permissions.organisation_for(school_manager, school.pk) == school
    assert not permissions.can_view_unit(school_manager, units["xa_tram_tau"].pk)


def test_a_group_limited_manager_reaches_only_those_groups(units, residents):
    manager = make_manager("students.manager", unit=units["xa_tram_tau"], groups=("students",))
    assert _visible(manager, residents) == {"pupil"}


def test_an_administrator_reaches_everyone(units, residents, admin_user_persona):
    assert _visible(admin_user_persona, residents) == set(residents)
    assert permissions.unit_ids_visible_to(admin_user_persona) is None


def test_learners_reach_no_one(units, residents, learner):
    assert _visible(learner, residents) == set()
    assert not permissions.can_manage_people(learner)
    assert not permissions.can_view_audit_log(learner)


@pytest.fixture
def students_manager(units):
    """Manages only the students of Xã Trạm Tấu."""
    return make_manager("students.manager", unit=units["xa_tram_tau"], groups=("students",))


@pytest.mark.parametrize(
    "persona",
    [
        "commune_manager",
        "district_manager",
        "province_manager",
        "school_manager",
        "students_manager",
        "admin_user_persona",
        "learner",
    ],
)
def test_reaches_agrees_with_people_visible_to(request, units, residents, persona):
    user = request.getfixturevalue(persona)
    people = {
        **residents,
        "no_commune": make_person("Giàng Seo Dình", unit=None),
        "no_group": make_person("Thào A Lử", unit=units["xa_tram_tau"], group_code=""),
    }
    scope = permissions.scope_of(user)
    for key, person in people.items():
        reached = scope.reaches(
            unit_id=person.unit_id,
            target_group_id=person.target_group_id,
            organisation_id=person.organisation_id,
        )
        visible = permissions.people_visible_to(user).filter(pk=person.pk).exists()
        assert reached is visible, key


def test_organisations_in_another_commune_are_not_found(units, school, commune_manager):
    elsewhere = Organisation.objects.create(
        name="HTX Bản Mù",
        kind=Organisation.Kind.COOPERATIVE,
        unit=units["xa_ban_mu"],
        name_folded="htx ban mu",
    )
    assert list(permissions.organisations_visible_to(commune_manager)) == [school]
    with pytest.raises(NotFoundError):
        permissions.organisation_for(commune_manager, elsewhere.pk)


def test_audit_entries_record_actor_action_target_and_scope(units, residents, commune_manager):
    audit.record(
        actor=commune_manager,
        action=AuditEntry.Action.PERSON_VIEWED,
        target=f"person {residents['in_commune'].pk}",
    )
    entry = AuditEntry.objects.get()
    assert entry.actor == commune_manager
    assert entry.actor_label == "commune.manager"
    assert entry.action == "person.viewed"
    assert entry.target == f"person {residents['in_commune'].pk}"
    assert entry.scope.startswith("unit 04600")
