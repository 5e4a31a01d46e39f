from django.apps import AppConfig


class CampaignConfig(AppConfig):
    name = "portal.campaign"
    label = "campaign"
    verbose_name = "Campaign"

    def ready(self) -> None:
        from portal.campaign import signals

        signals.connect()
