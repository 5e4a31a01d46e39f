"""Template context about the signed-in person's roles."""

from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from portal.accounts import permissions


def roles(request: HttpRequest) -> dict[str, Any]:
    """`can_manage_people`, computed only when a template asks for it."""
    return {
        "can_manage_people": SimpleLazyObject(lambda: permissions.can_manage_people(request.user))
    }
