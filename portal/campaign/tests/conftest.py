"""Fixtures shared by the campaign's tests."""

import itertools
from datetime import date

import pytest

from portal.accounts.tests import factories as people
from portal.campaign import services as campaign_services
from portal.campaign.models import Denominator, TargetGroup
from portal.campaign.services import targets

REFERENCES = itertools.count(1)


@pytest.fixture
def figures(units):
    """Xã Trạm Tấu: 12 adults, 4 reached basic skills; Xã Bản Mù: 8 adults, 2; the first one
    of each commune confirmed."""
    targets.ensure_default_targets()
    adults = TargetGroup.objects.get(code="adults")
    for unit, size, reached in ((units["xa_tram_tau"], 12, 4), (units["xa_ban_mu"], 8, 2)):
        Denominator.objects.create(
            unit=unit, target_group=adults, year=2025, count=size, source="estimate"
        )
        for n in range(reached):
            person = people.make_person(f"Người {unit.code} {n}", unit=unit)
            campaign_services.record_attainment(
                person_id=person.pk,
                achieved_on=date(2025, 5, 10),
                unit_id=unit.pk,
                target_group_id=adults.pk,
                organisation_id=None,
                source="assessment",
                reference=f"test:{next(REFERENCES)}",
                verdict="basic",
                is_confirmed=n == 0,
                levels={},
            )
    return units
