"""URL converters shared by every app."""


class IdConverter:
    """A database id in a URL: 1 to 9 digits. A longer number is no page (404) rather than an
    integer the database cannot hold (an overflow, and a server error, on either database)."""

    regex = "[0-9]{1,9}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return str(value)
