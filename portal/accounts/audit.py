"""Writing the audit log of staff access to personal data (Decree 13/2023, art. 27)."""

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest

from portal.accounts import permissions
from portal.accounts.backends import client_ip
from portal.accounts.models import AuditEntry, User


def _without_nul(value: Any) -> Any:
    # PostgreSQL's jsonb and text refuse U+0000, which only ever arrives in hostile input.
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {_without_nul(key): _without_nul(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_without_nul(item) for item in value]
    return value


def record(
    *,
    actor: User | AnonymousUser,
    action: str,
    target: str = "",
    request: HttpRequest | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry: who (and from which unit scope), did what, to what, from where."""
    person = actor if isinstance(actor, User) else None
    return AuditEntry.objects.create(
        actor=person,
        actor_label=person.get_username() if person else "anonymous",
        action=action,
        target=_without_nul(target)[:200],
        scope=permissions.scope_of(actor).label[:500],
        ip_address=(client_ip(request) or None) if request is not None else None,
        detail=_without_nul(detail or {}),
    )
