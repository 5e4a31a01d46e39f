from datetime import date

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from portal.campaign import selectors, services
from portal.campaign.models import AdministrativeUnit

pytestmark = pytest.mark.django_db
DATA = services.DATA_DIR


def test_imports_yen_bai_units_with_leading_zeros_and_tree():
    report = services.import_units_csv(
        path=DATA / "admin_units_yen_bai_2025-03.csv", valid_from=date(2025, 3, 1)
    )
    assert report.created == 178
    province = AdministrativeUnit.objects.get(code="15")
    assert province.level == "province"
    assert province.children.count() == 9
    commune = AdministrativeUnit.objects.filter(level="commune").order_by("code")[0]
    assert commune.code.startswith("0")
    assert commune.parent is not None
    assert commune.parent.level == "district"
    assert commune.name_folded.isascii()


def test_import_is_idempotent():
    path = DATA / "admin_units_yen_bai_2025-03.csv"
    services.import_units_csv(path=path, valid_from=date(2025, 3, 1))
    again = services.import_units_csv(path=path, valid_from=date(2025, 3, 1))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 178)


def test_new_province_reuses_codes_without_clashing():
    services.import_units_csv(
        path=DATA / "admin_units_yen_bai_2025-03.csv", valid_from=date(2025, 3, 1)
    )
    services.import_units_csv(
        path=DATA / "admin_units_lao_cai_2025-07.csv", valid_from=date(2025, 7, 1)
    )
    assert AdministrativeUnit.objects.filter(code="15").count() == 2
    new_province = AdministrativeUnit.objects.get(code="15", valid_from=date(2025, 7, 1))
    assert new_province.name == "Tỉnh Lào Cai"
    assert new_province.children.count() == 99


def test_bad_file_writes_nothing_and_reports_rows(tmp_path):
    bad = tmp_path / "units.csv"
    bad.write_text(
        "code,name,level,parent_code,type\n15,Tỉnh A,province,,Tỉnh\n001,Xã B,commune,77,Xã\n",
        encoding="utf-8",
    )
    with pytest.raises(services.ImportRejectedError) as raised:
        services.import_units_csv(path=bad, valid_from=date(2025, 3, 1))
    assert [(e.line, e.message) for e in raised.value.errors] == [(3, "unknown parent 77 for 001")]
    assert AdministrativeUnit.objects.count() == 0


def test_command_reports_bad_rows_and_fails(tmp_path, capsys):
    bad = tmp_path / "units.csv"
    bad.write_text("code,name\n15,Tỉnh A\n", encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("import_units", str(bad))
    assert "missing column(s): level, parent_code, type" in capsys.readouterr().err


def test_target_groups_are_created_once_and_keep_edits():
    services.ensure_default_target_groups()
    selectors.target_groups().filter(code="adults").update(target_2025_percent=85)
    services.ensure_default_target_groups()
    codes = [group.code for group in selectors.target_groups()]
    assert codes == ["officials", "students", "adults", "workers"]
    assert selectors.target_groups().get(code="adults").target_2025_percent == 85


def _load_both():
    services.import_units_csv(
        path=DATA / "admin_units_yen_bai_2025-03.csv", valid_from=date(2025, 3, 1)
    )
    services.import_units_csv(
        path=DATA / "admin_units_lao_cai_2025-07.csv", valid_from=date(2025, 7, 1)
    )


def test_merge_table_links_every_yen_bai_commune_and_ends_the_old_structure():
    _load_both()
    report = services.import_unit_merges_csv(
        path=DATA / "admin_unit_merges_lao_cai_2025-07.csv", effective_on=date(2025, 7, 1)
    )
    # 168 Yên Bái communes; the 151 rows of the former Lào Cai province are not loaded here.
    assert (report.recorded, report.skipped_unknown_province) == (168, 151)
    assert report.closed_units == 168 + 9 + 1
    assert not selectors.units_valid_on(date(2025, 7, 1)).filter(valid_from=date(2025, 3, 1))
    assert selectors.units_valid_on(date(2025, 6, 30)).filter(code="139").exists()
    old = AdministrativeUnit.objects.get(code="04600", valid_from=date(2025, 3, 1))
    graph = selectors.unit_graph()
    assert graph.successors[old.pk] == (
        AdministrativeUnit.objects.get(code="04606", valid_from=date(2025, 7, 1)).pk,
    )
    again = services.import_unit_merges_csv(
        path=DATA / "admin_unit_merges_lao_cai_2025-07.csv", effective_on=date(2025, 7, 1)
    )
    assert (again.recorded, again.unchanged, again.closed_units) == (0, 168, 0)


def test_merge_rows_naming_unknown_units_reject_the_whole_file(tmp_path):
    _load_both()
    bad = tmp_path / "merges.csv"
    bad.write_text(
        "new_code,old_code,old_province_code,merge_type\r\n"
        "04606,04600,15,full\r\n"
        "99999,04588,15,full\r\n"
        "04606,00001,15,full\r\n",
        encoding="utf-8-sig",
    )
    with pytest.raises(services.ImportRejectedError) as raised:
        services.import_unit_merges_csv(path=bad, effective_on=date(2025, 7, 1))
    assert [(e.line, e.message) for e in raised.value.errors] == [
        (3, "unknown new unit 99999 on 2025-07-01"),
        (4, "unknown old unit 00001 on 2025-06-30"),
    ]
    assert not AdministrativeUnit.objects.filter(valid_to__isnull=False).exists()


def test_unit_paths_give_subtrees_at_any_depth():
    _load_both()
    district = AdministrativeUnit.objects.get(code="139")
    subtree = selectors.subtree_ids([district.pk])
    assert len(subtree) == 1 + district.children.count()
    assert all(
        unit.path.startswith(district.path)
        for unit in AdministrativeUnit.objects.filter(pk__in=subtree)
    )


def test_import_unit_merges_command_reports_bad_rows(tmp_path, capsys):
    _load_both()
    bad = tmp_path / "merges.csv"
    bad.write_text("new_code,old_code,old_province_code\n04606,04600\n", encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("import_unit_merges", str(bad), "--on", "2025-07-01")
    call_command(
        "import_unit_merges",
        str(DATA / "admin_unit_merges_lao_cai_2025-07.csv"),
        "--on",
        "2025-07-01",
    )
    assert "168 recorded" in capsys.readouterr().out


def test_the_unit_graph_is_cached_until_units_change(django_assert_num_queries):
    _load_both()
    first = selectors.unit_graph()
    with django_assert_num_queries(0):
        assert selectors.unit_graph() == first
    services.import_unit_merges_csv(
        path=DATA / "admin_unit_merges_lao_cai_2025-07.csv", effective_on=date(2025, 7, 1)
    )
    merged = selectors.unit_graph()
    assert merged != first
    old = AdministrativeUnit.objects.get(code="04600", valid_from=date(2025, 3, 1))
    assert merged.units[old.pk].valid_to == date(2025, 6, 30)
    old.name = "Xã Trạm Tấu (cũ)"
    old.parent = None
    old.save()
    assert selectors.unit_graph().units[old.pk].parent_id is None
