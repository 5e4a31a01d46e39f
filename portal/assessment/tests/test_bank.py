from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from portal.assessment import selectors
from portal.assessment.models import Item
from portal.assessment.services import bank, framework
from portal.assessment.tests import factories
from portal.campaign import services as campaign_services

pytestmark = pytest.mark.django_db

HEADER = "code,domain,competence,level,kind,stem_vi,options_vi,key,model,a,b,c,thresholds"
GOOD = (
    '4.2-90,4,4.2,2,single,"Ai được biết mã OTP của bạn?",'
    "Không ai cả | Nhân viên ngân hàng,1,2pl,1.3,-0.4,,"
)


@pytest.fixture
def framework_loaded(db):
    campaign_services.ensure_default_target_groups()
    framework.import_framework()


def write(tmp_path, text, *, encoding="utf-8", newline="\n"):
    path = tmp_path / "items.csv"
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return path


def run(path):
    out, err = StringIO(), StringIO()
    call_command("import_items", str(path), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_creates_updates_and_is_idempotent(framework_loaded, tmp_path):
    path = write(tmp_path, f"{HEADER}\n{GOOD}\n")
    assert "1 created, 0 updated, 0 unchanged" in run(path)[0]
    assert "0 created, 0 updated, 1 unchanged" in run(path)[0]
    item = Item.objects.get(code="4.2-90")
    assert (item.kind, item.key, item.a, item.b, item.status) == (
        "single",
        [1],
        1.3,
        -0.4,
        "operational",
    )
    assert item.options_vi == ["Không ai cả", "Nhân viên ngân hàng"]
    changed = write(tmp_path, f"{HEADER}\n{GOOD.replace('-0.4', '-0.6')}\n")
    assert "0 created, 1 updated, 0 unchanged" in run(changed)[0]
    assert Item.objects.get(code="4.2-90").b == -0.6


def test_a_file_with_a_bom_and_windows_line_endings_imports(framework_loaded, tmp_path):
    path = write(tmp_path, f"{HEADER}\n{GOOD}\n", encoding="utf-8-sig", newline="\r\n")
    assert "1 created" in run(path)[0]


def test_bad_rows_are_each_reported_and_nothing_is_written(framework_loaded, tmp_path):
    rows = [
        GOOD,
        GOOD.replace("4.2-90", "4.2-91").replace(",1,2pl", ",3,2pl"),
        GOOD.replace("4.2-90", "9.9-01").replace(",4,4.2,", ",9,9.9,"),
        GOOD.replace("4.2-90", "4.2-92").replace(",2,single", ",12,single"),
        GOOD.replace("4.2-90", "4.2-93").replace("1.3,-0.4", "-1,abc"),
        GOOD,
    ]
    path = write(tmp_path, HEADER + "\n" + "\n".join(rows) + "\n")
    with pytest.raises(CommandError, match="bad row"):
        run(path)
    assert not Item.objects.exists()
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command("import_items", str(path), stdout=out, stderr=err)
    report = err.getvalue()
    for line in (3, 4, 5, 6, 7):
        assert f"line {line}:" in report
    assert "duplicate code '4.2-90' (first used on line 2)" in report
    assert "competence '9.9' is not in the competence framework" in report
    assert "level must be a whole number from 1 to 8" in report


def test_a_missing_column_or_file_or_non_utf8_file_is_refused(framework_loaded, tmp_path):
    path = write(tmp_path, "code,domain\n4.2-90,4\n")
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_items", str(path), stdout=StringIO(), stderr=err)
    assert "line 1: missing columns" in err.getvalue()
    with pytest.raises(CommandError, match="No such file"):
        run(tmp_path / "absent.csv")
    latin = write(tmp_path, f"{HEADER}\n{GOOD}\n", encoding="utf-16")
    with pytest.raises(CommandError, match="not UTF-8"):
        run(latin)
    assert not Item.objects.exists()


def test_export_then_import_gives_back_the_same_bank(framework_loaded, tmp_path):
    factories.load_bank()
    out = StringIO()
    call_command("export_items", stdout=out)
    exported = out.getvalue()
    assert exported.startswith(HEADER)
    assert exported.count("\n") >= 196
    before = {item.code: item for item in Item.objects.all()}
    Item.objects.all().delete()
    path = write(tmp_path, exported)
    assert "195 created" in run(path)[0]
    for item in Item.objects.all():
        old = before[item.code]
        for field in ("kind", "stem_vi", "options_vi", "key", "task", "a", "b", "thresholds"):
            assert getattr(item, field) == getattr(old, field), (item.code, field)


def test_the_cached_bank_follows_an_import(framework_loaded, tmp_path):
    assert selectors.live_bank().engine is None
    run(write(tmp_path, f"{HEADER}\n{GOOD}\n"))
    live = selectors.live_bank()
    assert live.engine is not None
    assert len(live.engine) == 1
    Item.objects.filter(code="4.2-90").update(status="retired")
    bank.forget_bank()
    assert selectors.live_bank().engine is None
