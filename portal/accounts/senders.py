"""Ways of delivering one-time codes: SMS gateways, the console (development) and e-mail."""

import json
import logging
import urllib.error
import urllib.request
from collections import deque
from dataclasses import dataclass
from typing import Protocol

from django.conf import settings
from django.core.mail import send_mail
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from portal.core.exceptions import DomainError

logger = logging.getLogger(__name__)


class DeliveryError(DomainError):
    """A code could not be delivered; the person can ask for a new one."""


class CodeSender(Protocol):
    """Delivers a short text message to a phone number or an e-mail address."""

    def send(self, *, destination: str, message: str) -> None:
        """Deliver message to destination or raise DeliveryError."""


@dataclass(frozen=True, slots=True)
class SentMessage:
    """A message the console sender "sent", kept for tests and local journeys."""

    destination: str
    message: str


# The console sender's last messages: tests and the browser journey read codes from here.
OUTBOX: deque[SentMessage] = deque(maxlen=50)


class ConsoleSender:
    """Development sender: logs the message (with its code) and keeps it in OUTBOX."""

    def send(self, *, destination: str, message: str) -> None:
        """Log the message at WARNING level so it shows in the dev server's console."""
        OUTBOX.append(SentMessage(destination=destination, message=message))
        logger.warning("One-time code message to %s: %s", destination, message)


class HttpSmsGateway:
    """An SMS gateway taking {"to", "message"} as JSON with a bearer token."""

    timeout_seconds = 10

    def send(self, *, destination: str, message: str) -> None:
        """POST the message to SMS_GATEWAY_URL; DeliveryError when the gateway refuses it."""
        url = settings.SMS_GATEWAY_URL
        if not url.startswith(("https://", "http://")):
            raise DeliveryError(_("The SMS service is not configured. Please try again later."))
        request = urllib.request.Request(  # noqa: S310 - scheme checked above
            url,
            data=json.dumps({"to": destination, "message": message}).encode("utf-8"),
            headers={
                "Content-Type": "application/json",
                "Authorization": f"Bearer {settings.SMS_GATEWAY_TOKEN}",
            },
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_seconds) as response:  # noqa: S310
                status = response.status
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            logger.error("SMS gateway failed for %s: %s", destination, error)
            raise DeliveryError(
                _("We could not send the text message. Please try again in a few minutes.")
            ) from error
        if not 200 <= status < 300:
            logger.error("SMS gateway answered %s for %s", status, destination)
            raise DeliveryError(
                _("We could not send the text message. Please try again in a few minutes.")
            )


class EmailSender:
    """Sends the message by e-mail through Django's configured backend."""

    def send(self, *, destination: str, message: str) -> None:
        """Send one plain-text e-mail; DeliveryError when the mail server fails."""
        try:
            send_mail(
                subject=_("Your code for the Digital Literacy for All portal"),
                message=message,
                from_email=None,
                recipient_list=[destination],
            )
        except OSError as error:
            logger.error("E-mail to %s failed: %s", destination, error)
            raise DeliveryError(
                _("We could not send the e-mail. Please try again in a few minutes.")
            ) from error


def sender_for(destination: str) -> CodeSender:
    """The sender for a destination: e-mail for addresses, settings.SMS_SENDER for phones."""
    if "@" in destination:
        return EmailSender()
    sender_class = import_string(settings.SMS_SENDER)
    sender: CodeSender = sender_class()
    return sender
