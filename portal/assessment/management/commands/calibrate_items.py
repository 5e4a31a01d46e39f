"""python manage.py calibrate_items [--dry-run] [--no-promote] [--min-responses N] [--json]"""

import dataclasses
import json
import math
from argparse import ArgumentParser
from collections.abc import Sequence
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from portal.assessment.models import Attempt
from portal.assessment.services import calibration
from portal.assessment.services.calibration import (
    CalibrationReport,
    Decision,
    GroupReport,
    ItemLine,
    Role,
)


def _number(value: float | None, digits: int = 2) -> str:
    if value is None or not math.isfinite(value):
        return "-"
    return f"{value:.{digits}f}"


def _p_value(value: float | None) -> str:
    return "-" if value is None or not math.isfinite(value) else f"{value:.2g}"


def _change(old: Sequence[float] | None, new: Sequence[float] | None) -> str:
    before = ", ".join(_number(value) for value in old) if old else "-"
    if not new:
        return before
    return f"{before} -> {', '.join(_number(value) for value in new)}"


def _locations(line: ItemLine) -> str:
    if line.role is Role.SELF_REPORT:
        return _change(line.old_thresholds, line.new_thresholds)
    return _change(
        None if line.old_b is None else [line.old_b], None if line.new_b is None else [line.new_b]
    )


def _worst_se(line: ItemLine) -> float | None:
    if line.role is Role.SELF_REPORT:
        return max(line.se_thresholds, default=None)
    return line.se_b


def _table(rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]


def _group_row(group: GroupReport) -> list[str]:
    if not group.has_run:
        empty = ["-", "-", "-", "skipped: " + group.skipped_reason]
    else:
        empty = [
            _number(group.population_mean),
            _number(group.population_sd),
            str(group.iterations),
            "yes" if group.is_converged else "NO",
        ]
    return [group.label, str(group.n_attempts), str(group.n_responses), str(group.n_items), *empty]


def _item_row(line: ItemLine) -> list[str]:
    decision = str(line.decision)
    if line.reasons:
        decision += ": " + "; ".join(line.reasons)
    return [
        line.code,
        line.group,
        str(line.role),
        str(line.n_responses),
        _change([line.old_a], None if line.new_a is None else [line.new_a]),
        _locations(line),
        _number(_worst_se(line)),
        _number(line.fit_statistic, 1),
        "-" if line.fit_df is None else str(line.fit_df),
        _p_value(line.fit_p_value),
        _number(line.fit_rmsd, 3),
        decision,
    ]


def format_report(report: CalibrationReport, *, show_fitting_anchors: bool = False) -> str:
    """The report as readable text: groups, then items (fitting anchors only when asked)."""
    statuses = ", ".join(report.attempt_statuses)
    lines = [
        f"Calibration on {report.n_responses} responses from {report.n_attempts} attempts "
        f"({statuses}); parameters on the stored (logistic) metric.",
        "Dry run: nothing was written." if report.is_dry_run else "Changes were saved.",
        "",
        *_table(
            [
                [
                    "Group",
                    "Attempts",
                    "Responses",
                    "Items",
                    "Mean",
                    "SD",
                    "Iterations",
                    "Converged",
                ],
                *(_group_row(group) for group in report.groups),
            ]
        ),
    ]
    shown = [
        line for line in report.items if show_fitting_anchors or line.decision is not Decision.FITS
    ]
    if shown:
        header = ["Code", "Group", "Role", "N", "a", "b / thresholds", "SE b", "Fit", "df", "p"]
        lines += ["", *_table([[*header, "RMSD", "Decision"], *map(_item_row, shown)])]
    anchors = [line for line in report.items if line.role is Role.ANCHOR]
    lines += [
        "",
        f"Operational items checked: {len(anchors)}, misfitting: {report.n_misfit} "
        "(their parameters are never changed here; review them).",
        f"Promoted {report.n_promoted}, updated {report.n_updated}, "
        f"kept back {report.n_kept_back}.",
    ]
    return "\n".join(lines)


def _json_safe(value: Any) -> Any:
    """NaN and infinity (no finite estimate) become null, which JSON can carry."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _json_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_json_safe(item) for item in value]
    return value


class Command(BaseCommand):
    help = (
        "Calibrate the item bank from recorded responses: estimate pretest and self-report "
        "parameters, check operational items' fit, promote pretest items that are ready."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Compute and report; write nothing."
        )
        parser.add_argument(
            "--no-promote",
            action="store_true",
            help="Write estimates of pretest items that are ready, but leave them pretest.",
        )
        parser.add_argument(
            "--min-responses",
            type=int,
            default=calibration.DEFAULT_MIN_RESPONSES,
            metavar="N",
            help="Responses an item needs before its parameters change "
            f"(default {calibration.DEFAULT_MIN_RESPONSES}).",
        )
        parser.add_argument(
            "--finished-only",
            action="store_true",
            help="Use finished attempts only (by default abandoned ones count too).",
        )
        parser.add_argument("--json", action="store_true", help="Print the report as JSON.")

    def handle(self, *args: Any, **options: Any) -> None:
        statuses = (
            (Attempt.Status.FINISHED,)
            if options["finished_only"]
            else calibration.DEFAULT_ATTEMPT_STATUSES
        )
        try:
            report = calibration.calibrate_bank(
                min_responses=options["min_responses"],
                promote=not options["no_promote"],
                dry_run=options["dry_run"],
                statuses=statuses,
            )
        except calibration.CalibrationError as error:
            raise CommandError(str(error)) from error
        if options["json"]:
            data = _json_safe(dataclasses.asdict(report))
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False))
            return
        self.stdout.write(format_report(report, show_fitting_anchors=options["verbosity"] >= 2))
