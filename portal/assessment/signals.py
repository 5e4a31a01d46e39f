"""Cache invalidation only: an item or domain edited anywhere (the admin included) makes every
process rebuild its cached item bank."""

from typing import Any

from django.db.models.signals import post_delete, post_save

from portal.assessment.models import Competence, CompetenceArea, Item
from portal.assessment.services.bank import forget_bank


def _forget(**kwargs: Any) -> None:
    forget_bank()


def connect() -> None:
    """Connect the receivers (called from AssessmentConfig.ready)."""
    for model in (Item, Competence, CompetenceArea):
        name = model.__name__
        post_save.connect(_forget, sender=model, dispatch_uid=f"forget-bank-save-{name}")
        post_delete.connect(_forget, sender=model, dispatch_uid=f"forget-bank-delete-{name}")
