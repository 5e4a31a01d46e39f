import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from portal.assessment.models import BasicRequirement, Competence, CompetenceArea, ProficiencyLevel
from portal.assessment.services import framework as services
from portal.campaign.services import ensure_default_target_groups

pytestmark = pytest.mark.django_db


def test_the_framework_loads_six_domains_twenty_four_competences_and_eight_levels():
    ensure_default_target_groups()
    report = services.import_framework()
    assert (report.areas, report.competences, report.levels) == (6, 24, 8)
    assert CompetenceArea.objects.get(number=6).competences.count() == 3
    assert Competence.objects.get(code="1.1").digcomp_equivalent == "1.1"
    assert list(
        ProficiencyLevel.objects.filter(tier_vi="Cơ bản").values_list("number", flat=True)
    ) == [1, 2]
    # Every group needs level 2 in every domain until administrators say otherwise.
    assert BasicRequirement.objects.count() == 4 * 6
    assert set(BasicRequirement.objects.values_list("level", flat=True)) == {2}


def test_importing_again_changes_nothing_and_keeps_edited_requirements():
    ensure_default_target_groups()
    services.import_framework()
    requirement = BasicRequirement.objects.get(target_group__code="students", area__number=6)
    requirement.level = 1
    requirement.save()
    services.import_framework()
    assert Competence.objects.count() == 24
    requirement.refresh_from_db()
    assert requirement.level == 1


def test_a_bad_framework_file_writes_nothing_and_names_each_row(tmp_path):
    bad = tmp_path / "framework.csv"
    bad.write_text(
        "domain_no,domain_vi,domain_en,code,competence_vi,competence_en\r\n"
        "1,Khai thác dữ liệu,Data,1.1,Tìm kiếm,Searching\r\n"
        "x,Khai thác dữ liệu,Data,1.2,Đánh giá,Evaluating\r\n"
        "1,Khai thác dữ liệu,Data,1.1,Tìm kiếm,Searching\r\n"
        "1,Khai thác dữ liệu,Data,2.1,Tương tác,Interacting\r\n",
        encoding="utf-8-sig",
    )
    with pytest.raises(services.FrameworkRejectedError) as raised:
        services.import_framework(framework_path=bad)
    assert [(line, message) for _file, line, message in raised.value.errors] == [
        (3, "domain_no 'x' must be a number"),
        (4, "duplicate code 1.1 (first on line 2)"),
        (5, "code '2.1' must look like 1.1 for domain 1"),
    ]
    assert not Competence.objects.exists()


def test_import_framework_command(capsys, tmp_path):
    call_command("import_framework")
    assert "6 domains, 24 competences, 8 levels" in capsys.readouterr().out
    with pytest.raises(CommandError):
        call_command("import_framework", "--levels", str(tmp_path / "missing.csv"))
