"""Background entry points of accounts; each calls a service."""

from django_tasks import task

from portal.accounts import roster


@task()
def send_roster_invitations(*, person_ids: list[int]) -> int:
    """Send the roster invitations of one upload (idempotent enough: skips activated people)."""
    return roster.send_invitations(person_ids=person_ids)
