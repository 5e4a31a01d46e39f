"""What the import commands share: refuse a missing file, print every bad row, then fail."""

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from django.core.management.base import BaseCommand, CommandError

from portal.core.exceptions import RowsRejectedError

T = TypeVar("T")


def run_import(command: BaseCommand, path: Path, load: Callable[[Path], T]) -> T:
    """Call load(path); on a rejected file, write each row error to stderr and fail."""
    if not path.is_file():
        raise CommandError(f"No such file: {path}")
    try:
        return load(path)
    except RowsRejectedError as error:
        for row_error in error.errors:
            command.stderr.write(f"line {row_error.line}: {row_error.message}")
        raise CommandError(str(error)) from error
