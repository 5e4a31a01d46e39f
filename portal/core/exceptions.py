"""Domain exceptions raised by services; views and the API turn them into responses."""

from collections.abc import Sequence
from typing import Protocol


class DomainError(Exception):
    """A rule of the domain was broken; the message is safe to show to the user."""


class NotFoundError(DomainError):
    """The requested object does not exist or is not visible to the requester."""


class PermissionDeniedError(DomainError):
    """The requester may not do this."""


class ConflictError(DomainError):
    """The request clashes with the current state (already done, no longer possible)."""


class RowError(Protocol):
    """A bad row of an imported file: the line it starts on and what is wrong."""

    @property
    def line(self) -> int: ...

    @property
    def message(self) -> str: ...


class RowsRejectedError(DomainError):
    """An imported file had bad rows; nothing was written. Each error names its line."""

    def __init__(self, errors: Sequence[RowError]) -> None:
        self.errors = list(errors)
        super().__init__(f"{len(self.errors)} bad row(s); nothing was imported")
