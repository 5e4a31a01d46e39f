import json
import stat

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import APIToken

from portal.accounts.tests import factories as people
from portal.assessment.models import AssessmentSettings

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_residents(units):
    return [
        people.make_person(f"Cư dân mẫu {n}", unit=units["xa_tram_tau"], is_demo_data=True)
        for n in range(3)
    ]


def test_tokens_go_to_demo_residents_only_and_replace_earlier_bench_tokens(
    tmp_path, demo_residents, learner
):
    output = tmp_path / "tokens.json"
    call_command("bench_test_takers", "2", "--output", str(output))
    first = json.loads(output.read_text())["tokens"]
    call_command("bench_test_takers", "2", "--output", str(output))
    second = json.loads(output.read_text())["tokens"]

    assert len(second) == 2
    assert set(first).isdisjoint(second)
    tokens = APIToken.objects.filter(name="make bench")
    assert tokens.count() == 2
    assert {token.user_id for token in tokens} <= {person.pk for person in demo_residents}
    assert not APIToken.objects.filter(user=learner).exists()
    assert stat.S_IMODE(output.stat().st_mode) == 0o600
    assert AssessmentSettings.load().retake_cooldown_hours == 0


def test_refuses_without_enough_demo_residents(tmp_path, demo_residents, learner):
    with pytest.raises(CommandError, match="Only 3 demo residents"):
        call_command("bench_test_takers", "4", "--output", str(tmp_path / "t.json"))
    assert not APIToken.objects.exists()
    assert not (tmp_path / "t.json").exists()


@pytest.mark.parametrize("count", ["0", "1001"])
def test_refuses_a_count_out_of_range(tmp_path, count):
    with pytest.raises(CommandError, match="count must be from 1 to 1000"):
        call_command("bench_test_takers", count, "--output", str(tmp_path / "t.json"))
