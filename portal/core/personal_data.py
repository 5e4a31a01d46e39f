"""Who holds personal data beyond the account: each app registers how to export and erase its
part, so a person's download and erasure (Decree 13/2023/NĐ-CP, art. 14 and 16) cover every
app without the accounts app knowing them."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Exporter = Callable[[Any], Any]
Eraser = Callable[[Any], None]


@dataclass(frozen=True, slots=True)
class Holder:
    """One app's part of a person's data: its section name in the download, and its erasure."""

    section: str
    export: Exporter
    erase: Eraser | None = None


_holders: dict[str, Holder] = {}


def register(section: str, *, export: Exporter, erase: Eraser | None = None) -> None:
    """Add (or replace) an app's part; called from the app's ready()."""
    _holders[section] = Holder(section, export, erase)


def exported_sections(person: Any) -> dict[str, Any]:
    """Every registered app's part of the person's data, by section name."""
    return {section: holder.export(person) for section, holder in sorted(_holders.items())}


def erase_everywhere(person: Any) -> None:
    """Let every app erase or anonymise its part (inside the caller's transaction)."""
    for holder in _holders.values():
        if holder.erase is not None:
            holder.erase(person)
