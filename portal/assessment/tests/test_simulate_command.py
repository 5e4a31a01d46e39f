"""python manage.py simulate_assessment: runs without a database, fails with precise messages."""

import io
import json
import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

DATA = Path(__file__).resolve().parents[1] / "data"
METRICS = (
    "mean_items",
    "rmse",
    "bias",
    "basic_accuracy",
    "undetermined_rate",
    "max_exposure",
)


def simulate(*args: str) -> str:
    out = io.StringIO()
    call_command("simulate_assessment", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def simulate_json(*args: str) -> dict:
    return json.loads(simulate(*args, "--json"))


@pytest.fixture(scope="module")
def small_bank(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bank") / "bank.csv"
    call_command(
        "simulate_assessment", "--synthetic", "120", "--write-bank", str(path), stderr=io.StringIO()
    )
    return path


def test_json_output_has_every_metric_and_the_yardsticks(small_bank):
    result = simulate_json(
        "--bank", str(small_bank), "--examinees", "8", "--seed", "3", "--basic-cut", "-1.0"
    )
    for name in (*METRICS, "select_ms_p50", "select_ms_p95", "basic_accuracy_se"):
        assert isinstance(result[name], float), name
    for yardstick in ("fixed_form", "reference"):
        assert set(METRICS) <= set(result[yardstick])
    assert result["fixed_form"]["mean_items"] == pytest.approx(round(result["mean_items"]))
    assert result["fixed_form_equal_rmse"]["fixed_form_items"] >= 1
    assert 0.0 <= result["basic_accuracy"] <= 1.0
    assert result["scenario"]["bank_items"] == 120
    assert result["scenario"]["examinees"] == 8
    assert result["scenario"]["basic_cut"] == -1.0


def test_the_same_seed_gives_the_same_figures(small_bank):
    args = ("--bank", str(small_bank), "--examinees", "5", "--seed", "9", "--mode", "short")
    first, second = simulate_json(*args), simulate_json(*args)
    for name in METRICS:
        assert first[name] == second[name]
    assert first["reference"] == second["reference"]


def test_a_synthetic_bank_needs_no_file():
    result = simulate_json("--synthetic", "60", "--examinees", "4", "--correlation", "0.3")
    assert result["scenario"]["bank_items"] == 60
    assert result["scenario"]["prior_correlation"] == 0.3


def test_the_demo_bank_simulates_with_its_scored_items_only():
    result = simulate_json("--bank", str(DATA / "demo_items.csv"), "--examinees", "3")
    assert result["scenario"]["domains"] == 6
    assert 0 < result["scenario"]["bank_items"] < 195


def test_without_json_a_readable_table_is_printed(small_bank):
    text = simulate("--bank", str(small_bank), "--examinees", "4")
    for label in ("adaptive engine", "fixed form", "conventional CAT", "Item selection: p50"):
        assert label in text


def test_write_bank_writes_a_file_the_item_parser_accepts(small_bank):
    lines = small_bank.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 121
    assert lines[1].startswith("1.1-0001,1,1.1,")
    assert "Câu mô phỏng 1.1-0001" in lines[1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--bank", "/no/such/bank.csv"), "No such file: /no/such/bank.csv"),
        (("--synthetic", "60", "--examinees", "0"), "--examinees must be at least 1, got 0"),
        (("--synthetic", "60", "--seed", "-1"), "--seed must be 0 or more, got -1"),
        (("--synthetic", "3"), "--synthetic needs at least 6 items, got 3"),
        (
            ("--synthetic", "60", "--correlation", "1.5"),
            "--correlation must be a number from 0 to below 1, got 1.5",
        ),
        (
            ("--synthetic", "60", "--prior-correlation", "nan"),
            "--prior-correlation must be a number from 0 to below 1, got nan",
        ),
        (
            ("--synthetic", "60", "--basic-cut", "9"),
            "--basic-cut must be a θ from -4 to 4, got 9.0",
        ),
        (
            ("--synthetic", "60", "--reference-se", "0"),
            "--reference-se must be a positive number",
        ),
        (
            ("--bank", "x.csv", "--write-bank", "y.csv"),
            "--write-bank only works with --synthetic",
        ),
        (
            ("--synthetic", "60", "--write-bank", "/no/such/dir/b.csv"),
            "No such folder: /no/such/dir",
        ),
        (("--synthetic", "60", "--examinees", "many"), "invalid int value: 'many'"),
        (("--bank", "x.csv", "--synthetic", "60"), "not allowed with argument"),
    ],
)
def test_bad_arguments_fail_with_a_precise_message(args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.csv").write_text("code\n", encoding="utf-8")
    with pytest.raises(CommandError, match=re.escape(message)):
        simulate(*args)


def test_bad_rows_are_reported_with_their_line(small_bank, tmp_path):
    lines = small_bank.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(",2pl,", ",3pl,")
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(CommandError, match=r"1 problem\(s\) in the item file; first on line 4: "):
        simulate("--bank", str(bad))


def test_a_bank_that_skips_a_domain_is_refused(small_bank, tmp_path):
    lines = small_bank.read_text(encoding="utf-8").splitlines()
    kept = [lines[0]] + [line for line in lines[1:] if not line.startswith("2.")]
    path = tmp_path / "gap.csv"
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    with pytest.raises(CommandError, match="domain 2 has no scored, operational 2PL items"):
        simulate("--bank", str(path))


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("code,stem_vi\n1,Câu\n".encode("latin-1"))
    with pytest.raises(CommandError, match="is not UTF-8 text"):
        simulate("--bank", str(path))
