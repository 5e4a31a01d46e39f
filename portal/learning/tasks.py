"""Background entry points of learning; each calls a service."""

from django_tasks import task


@task()
def issue_certificate_task(enrolment_id: int) -> str:
    """Issue the certificate of a completed enrolment (idempotent); returns its code or ""."""
    from portal.learning.services import certificates

    certificate = certificates.issue_certificate(enrolment_id=enrolment_id)
    return certificate.code if certificate is not None else ""
