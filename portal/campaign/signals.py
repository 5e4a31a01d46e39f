"""Cache invalidation only: a unit or succession edited anywhere (the admin included) drops the
cached unit graph. Imports write in bulk, without signals, and drop it themselves."""

from typing import Any

from django.db.models.signals import post_delete, post_save

from portal.campaign.models import AdministrativeUnit, UnitSuccession
from portal.campaign.services import forget_unit_graph


def _forget(**kwargs: Any) -> None:
    forget_unit_graph()


def connect() -> None:
    """Connect the receivers (called from CampaignConfig.ready)."""
    for model in (AdministrativeUnit, UnitSuccession):
        post_save.connect(_forget, sender=model, dispatch_uid=f"forget-graph-save-{model.__name__}")
        post_delete.connect(
            _forget, sender=model, dispatch_uid=f"forget-graph-delete-{model.__name__}"
        )
