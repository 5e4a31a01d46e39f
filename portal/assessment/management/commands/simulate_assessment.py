"""python manage.py simulate_assessment (--bank FILE.csv | --synthetic N) [options] [--json]

Runs the adaptive engine (the code live sessions use) on simulated test-takers and prints its
figures beside a fixed random form and a conventional CAT. Reads no database.
"""

import csv
import json
import math
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from portal.assessment.domain import framework, items, simulation
from portal.assessment.domain.engine import Bank, config_for_mode

DATA = Path(__file__).resolve().parents[2] / "data"
FRAMEWORK_FILE = DATA / "competence_framework_tt02_2025.csv"
# θ lives on the engine's grid [-4, 4]; a cut outside it would make every call trivial.
CUT_RANGE = (-4.0, 4.0)
MIN_ITEMS = 6


def _read_text(path: Path) -> str:
    """A UTF-8 file's text, or a CommandError saying why it cannot be read."""
    if not path.is_file():
        raise CommandError(f"No such file: {path}")
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise CommandError(f"{path} is not UTF-8 text (save the CSV as UTF-8)") from error


def competence_codes(path: Path) -> set[str]:
    """The competence codes of a framework file, checked by the domain framework parser."""
    reader = csv.DictReader(_read_text(path).splitlines())
    absent = framework.missing(reader.fieldnames or [], framework.FRAMEWORK_COLUMNS)
    if absent:
        raise CommandError(f"{path}: missing columns: {', '.join(absent)}")
    rows, errors = framework.parse_competences(reader)
    if errors:
        line, message = errors[0]
        raise CommandError(f"{path} line {line}: {message}")
    return {row.code for row in rows}


def bank_from_rows(rows: list[items.ItemRow], source: str) -> Bank:
    """The engine's bank from item rows; every domain 1..max must have usable items."""
    usable = simulation.engine_items(rows)
    if not usable:
        raise CommandError(f"{source}: no scored, operational 2PL items to simulate with")
    n_domains = max(item.domain for item in usable) + 1
    empty = sorted(set(range(n_domains)) - {item.domain for item in usable})
    if empty:
        numbers = ", ".join(str(domain + 1) for domain in empty)
        raise CommandError(
            f"{source}: domain {numbers} has no scored, operational 2PL items "
            f"(the bank must cover domains 1 to {n_domains})"
        )
    return Bank.from_items(usable, n_domains=n_domains)


def _check(condition: bool, message: str) -> None:
    """Raise a CommandError with message unless condition holds."""
    if not condition:
        raise CommandError(message)


class Command(BaseCommand):
    help = (
        "Simulate adaptive self-assessments on an item bank (CSV) or a synthetic one and report "
        "items used, θ recovery, basic/not-basic accuracy, exposure and selection time, beside "
        "a fixed random form and a conventional CAT (docs/benchmarks.md)."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        source = parser.add_mutually_exclusive_group(required=True)
        source.add_argument("--bank", type=Path, help="Item bank CSV (import_items format).")
        source.add_argument(
            "--synthetic", type=int, metavar="N", help="Use a synthetic bank of N 2PL items."
        )
        parser.add_argument(
            "--write-bank",
            type=Path,
            metavar="FILE",
            help="With --synthetic: write the bank as an item CSV to FILE and stop.",
        )
        parser.add_argument("--bank-seed", type=int, default=1, help="Synthetic bank's seed.")
        parser.add_argument("--examinees", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--correlation", type=float, default=0.6, help="Between-domain correlation of θ."
        )
        parser.add_argument(
            "--prior-correlation",
            type=float,
            help="Correlation the engine's prior assumes (default: --correlation).",
        )
        parser.add_argument("--basic-cut", type=float, default=-0.5, metavar="THETA")
        parser.add_argument("--mode", choices=["standard", "short"], default="standard")
        parser.add_argument(
            "--reference-se",
            type=float,
            default=simulation.ReferenceCat().standard_error,
            help="Standard error at which the conventional CAT stops a domain.",
        )
        parser.add_argument(
            "--reference-max-per-domain",
            type=int,
            default=simulation.ReferenceCat().max_items_per_domain,
        )
        parser.add_argument("--framework", type=Path, default=FRAMEWORK_FILE)
        parser.add_argument("--json", action="store_true", help="Print one JSON object.")

    def handle(self, *args: Any, **options: Any) -> None:
        bank, source = self._bank(options)
        if bank is None:
            return
        result, scenario = self._simulate(bank, source, options)
        if options["json"]:
            self.stdout.write(json.dumps({**result.as_dict(), "scenario": scenario}, indent=2))
        else:
            self.stdout.write(_table(result, scenario))

    def _bank(self, options: dict[str, Any]) -> tuple[Bank | None, str]:
        """The bank to simulate on (None once --write-bank has written it) and its name."""
        count: int | None = options["synthetic"]
        target: Path | None = options["write_bank"]
        if count is not None:
            _check(count >= MIN_ITEMS, f"--synthetic needs at least {MIN_ITEMS} items, got {count}")
            _check(options["bank_seed"] >= 0, "--bank-seed must be 0 or more")
            codes = sorted(competence_codes(options["framework"]))
            rows = simulation.synthetic_item_rows(count, codes, seed=options["bank_seed"])
            if target is not None:
                if not target.parent.is_dir():
                    raise CommandError(f"No such folder: {target.parent}")
                target.write_text(items.format_item_csv(rows), encoding="utf-8")
                self.stderr.write(f"Wrote {len(rows)} synthetic items to {target}")
                return None, ""
            return bank_from_rows(rows, "synthetic bank"), f"synthetic ({count} items)"
        _check(target is None, "--write-bank only works with --synthetic")
        path: Path = options["bank"]
        text = _read_text(path)
        rows, errors = items.read_item_csv(text, competence_codes(options["framework"]))
        if errors:
            for error in errors:
                self.stderr.write(f"{path} line {error.line}: {error.message}")
            first = errors[0]
            raise CommandError(
                f"{path}: {len(errors)} problem(s) in the item file; "
                f"first on line {first.line}: {first.message}"
            )
        return bank_from_rows(rows, str(path)), str(path)

    def _simulate(
        self, bank: Bank, source: str, options: dict[str, Any]
    ) -> tuple[simulation.SimulationResult, dict[str, object]]:
        """Check the numbers, run the simulation and describe its scenario."""
        examinees: int = options["examinees"]
        correlation: float = options["correlation"]
        prior: float | None = options["prior_correlation"]
        cut: float = options["basic_cut"]
        _check(examinees >= 1, f"--examinees must be at least 1, got {examinees}")
        _check(options["seed"] >= 0, f"--seed must be 0 or more, got {options['seed']}")
        for name, value in (("--correlation", correlation), ("--prior-correlation", prior)):
            _check(
                value is None or (math.isfinite(value) and 0.0 <= value < 1.0),
                f"{name} must be a number from 0 to below 1, got {value}",
            )
        _check(
            math.isfinite(cut) and CUT_RANGE[0] <= cut <= CUT_RANGE[1],
            f"--basic-cut must be a θ from {CUT_RANGE[0]:g} to {CUT_RANGE[1]:g}, got {cut}",
        )
        reference_se: float = options["reference_se"]
        _check(
            math.isfinite(reference_se) and reference_se > 0,
            f"--reference-se must be a positive number, got {reference_se}",
        )
        _check(
            options["reference_max_per_domain"] >= 1,
            "--reference-max-per-domain must be at least 1",
        )
        prior_correlation = correlation if prior is None else prior
        config = config_for_mode(
            options["mode"], [cut] * bank.n_domains, prior_correlation=prior_correlation
        )
        reference = simulation.ReferenceCat(reference_se, options["reference_max_per_domain"])
        result = simulation.simulate(
            bank,
            config,
            n_examinees=examinees,
            correlation=correlation,
            seed=options["seed"],
            reference=reference,
            match_rmse=True,
        )
        scenario: dict[str, object] = {
            "bank": source,
            "bank_items": len(bank),
            "domains": bank.n_domains,
            "mode": options["mode"],
            "examinees": examinees,
            "seed": options["seed"],
            "correlation": correlation,
            "prior_correlation": prior_correlation,
            "basic_cut": cut,
            "max_items_total": config.max_items_total,
            "reference_se": reference.standard_error,
            "reference_max_per_domain": reference.max_items_per_domain,
        }
        return result, scenario


def _table(result: simulation.SimulationResult, scenario: dict[str, object]) -> str:
    """A short readable report of a simulation."""
    lines = [
        f"{scenario['examinees']} simulated test-takers, {scenario['mode']} mode, basic cut "
        f"{scenario['basic_cut']}, correlation {scenario['correlation']}, seed "
        f"{scenario['seed']}; bank: {scenario['bank']}, {scenario['bank_items']} usable items "
        f"in {scenario['domains']} domains. Truly basic: {result.basic_rate:.1%}.",
        "",
        f"{'':22}{'items':>7}{'max':>6}{'RMSE':>7}{'bias':>7}{'accuracy':>10}{'± SE':>7}"
        f"{'undet.':>8}{'max exp.':>10}",
    ]
    rows = [("adaptive engine", result.engine), ("fixed form", result.fixed_form)]
    if result.reference is not None:
        rows.append(("conventional CAT", result.reference))
    for name, metrics in rows:
        lines.append(
            f"{name:22}{metrics.mean_items:7.1f}{metrics.max_items:6d}{metrics.rmse:7.3f}"
            f"{metrics.bias:7.3f}{metrics.basic_accuracy:10.3f}{metrics.basic_accuracy_se:7.3f}"
            f"{metrics.undetermined_rate:8.3f}{metrics.max_exposure:10.2f}"
        )
    equal = result.equal_rmse
    if equal is not None:
        reached = "" if equal.is_reached else " (not reached: the whole bank)"
        lines.append(
            f"\nFixed form with the engine's RMSE {equal.target_rmse:.3f}: "
            f"{equal.fixed_form_items} items{reached}; the engine uses "
            f"{equal.items_ratio:.2f} of that."
        )
    lines.append(
        f"Item selection: p50 {result.select_ms_p50:.3f} ms, p95 {result.select_ms_p95:.3f} ms."
    )
    return "\n".join(lines)
