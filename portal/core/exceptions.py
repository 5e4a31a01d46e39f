"""Domain exceptions raised by services; views and the API turn them into responses."""


class DomainError(Exception):
    """A rule of the domain was broken; the message is safe to show to the user."""


class NotFoundError(DomainError):
    """The requested object does not exist or is not visible to the requester."""


class PermissionDeniedError(DomainError):
    """The requester may not do this."""
