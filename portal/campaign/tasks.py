"""Background entry points of the campaign; each calls a service."""

from django.db import transaction
from django_tasks import task

from portal.campaign import exports


@task()
def write_report_task(export_id: int) -> str:
    """Write a requested periodic report (idempotent); returns its status."""
    job = exports.write_report(export_id=export_id)
    return job.status if job is not None else ""


def enqueue_report(export_id: int) -> None:
    """Write the report once the request that asked for it has committed."""
    transaction.on_commit(lambda: write_report_task.enqueue(export_id))
