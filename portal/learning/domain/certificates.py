"""Certificate rules on plain values: who gets one, and codes people can read out and type."""

import re
import secrets
from collections.abc import Callable

# No 0/O, 1/I/L, U/V look-alikes: a code read over the phone or typed from paper stays right.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
CODE_GROUPS = 2
GROUP_LENGTH = 4
_CODE = re.compile(r"^([A-Z]{1,4})(\d{4})([A-Z0-9]{4})([A-Z0-9]{4})$")


def is_eligible(*, is_completed: bool, issues_certificate: bool) -> bool:
    """A certificate goes with a completed enrolment in a course that awards one."""
    return is_completed and issues_certificate


def new_code(*, prefix: str, year: int, choose: Callable[[str], str] = secrets.choice) -> str:
    """A fresh code such as "LC-2026-7K3M-Q9TX": province prefix, year, 8 random characters
    (29⁸ ≈ 5·10¹¹ codes a year, so guessing a valid one is hopeless)."""
    groups = [
        "".join(choose(CODE_ALPHABET) for _ in range(GROUP_LENGTH)) for _ in range(CODE_GROUPS)
    ]
    return "-".join([prefix.upper(), f"{year:04d}", *groups])


def normalise_code(text: str) -> str:
    """The stored form of a code however it was typed ("lc 2026 7k3m q9tx" → "LC-2026-7K3M-Q9TX");
    "" when it cannot be a code."""
    compact = "".join(char for char in text.upper() if char.isascii() and char.isalnum())
    match = _CODE.match(compact)
    if match is None:
        return ""
    return "-".join(match.groups())
