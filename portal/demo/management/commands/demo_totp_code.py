"""python manage.py demo_totp_code USERNAME: the current second-factor code of a demo account."""

from argparse import ArgumentParser
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal.demo.accounts import DEVICE_NAME


class Command(BaseCommand):
    help = (
        f'Print the current TOTP code of USERNAME\'s device named "{DEVICE_NAME}" '
        "(made by seed_demo); no other device is ever read."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument("username")

    def handle(self, *args: Any, **options: Any) -> None:
        username = options["username"]
        device = TOTPDevice.objects.filter(
            user__username=username, user__is_demo_data=True, name=DEVICE_NAME, confirmed=True
        ).first()
        if device is None:
            raise CommandError(
                f'{username!r} has no confirmed TOTP device named "{DEVICE_NAME}" on a demo '
                "account; this command only serves the accounts seed_demo makes."
            )
        code = totp(
            device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=device.drift
        )
        self.stdout.write(f"{code:0{device.digits}d}")
