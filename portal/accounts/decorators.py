"""View decorators shared by every app's manager pages."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest
from django.http.response import HttpResponseBase

from portal.accounts import permissions
from portal.core.exceptions import NotFoundError, PermissionDeniedError

View = Callable[..., HttpResponseBase]


def manager_required(view: View) -> View:
    """Anonymous people go to sign in; people who manage no one, out-of-scope ids and refused
    actions get 404."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not permissions.can_manage_people(request.user):
            raise Http404
        try:
            return view(request, *args, **kwargs)
        except (NotFoundError, PermissionDeniedError) as error:
            raise Http404 from error

    return wrapper
