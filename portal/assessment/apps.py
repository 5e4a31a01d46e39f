from django.apps import AppConfig


class AssessmentConfig(AppConfig):
    name = "portal.assessment"
    label = "assessment"
    verbose_name = "Self-assessment"

    def ready(self) -> None:
        from portal.assessment import signals

        signals.connect()
