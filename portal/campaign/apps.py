from django.apps import AppConfig


class CampaignConfig(AppConfig):
    name = "portal.campaign"
    label = "campaign"
    verbose_name = "Campaign"

    def ready(self) -> None:
        from portal.campaign import selectors, signals
        from portal.core import personal_data

        signals.connect()
        personal_data.register(
            "attainment_records", export=lambda person: selectors.attainment_records_of(person.pk)
        )
