"""Version 1 of the REST API, mounted at /api/v1/."""

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import ValidationError

from portal.api.v1.accounts import router as accounts_router
from portal.api.v1.assessment import router as assessment_router
from portal.api.v1.campaign import router as campaign_router
from portal.api.v1.learning import router as learning_router
from portal.api.v1.news import router as news_router
from portal.assessment.services.attempts import IncompleteAnswerError
from portal.core.exceptions import (
    ConflictError,
    DomainError,
    NotFoundError,
    PermissionDeniedError,
)

api = NinjaAPI(
    title="Bình dân học vụ số API",
    version="1",
    description=(
        "Data of the Digital Literacy for All portal: news, units, people (for managers) and "
        "the self-assessment, courses and learning records."
    ),
    urls_namespace="api-v1",
)
api.add_router("/news", news_router, tags=["news"])
api.add_router("", campaign_router, tags=["campaign"])
api.add_router("", accounts_router, tags=["people"])
api.add_router("/assessment", assessment_router, tags=["self-assessment"])
api.add_router("/learning", learning_router, tags=["learning"])


@api.exception_handler(NotFoundError)
def not_found(request: HttpRequest, error: NotFoundError) -> HttpResponse:
    """Answer 404 with the reason."""
    return api.create_response(request, {"detail": str(error)}, status=404)


@api.exception_handler(PermissionDeniedError)
def permission_denied(request: HttpRequest, error: PermissionDeniedError) -> HttpResponse:
    """Answer 403 with the reason."""
    return api.create_response(request, {"detail": str(error)}, status=403)


@api.exception_handler(ConflictError)
def conflict(request: HttpRequest, error: ConflictError) -> HttpResponse:
    """Answer 409 with the reason: the request clashes with what is already recorded."""
    return api.create_response(request, {"detail": str(error)}, status=409)


@api.exception_handler(IncompleteAnswerError)
def incomplete_answer(request: HttpRequest, error: IncompleteAnswerError) -> HttpResponse:
    """Answer 422 with the reason and a problem code the app can act on."""
    return api.create_response(
        request, {"detail": str(error), "problem": str(error.problem)}, status=422
    )


@api.exception_handler(DomainError)
def domain_error(request: HttpRequest, error: DomainError) -> HttpResponse:
    """Answer 400 with the reason."""
    return api.create_response(request, {"detail": str(error)}, status=400)


@api.exception_handler(ValidationError)
def validation_error(request: HttpRequest, error: ValidationError) -> HttpResponse:
    """Answer 422 with one readable line per bad parameter, plus the raw errors."""
    reasons = []
    for item in error.errors:
        where = ".".join(str(part) for part in item.get("loc", ())[1:]) or "request"
        reasons.append(f"{where}: {item.get('msg', 'invalid')}")
    return api.create_response(
        request, {"detail": "; ".join(reasons), "errors": error.errors}, status=422
    )
