from django.apps import AppConfig


class AssessmentConfig(AppConfig):
    name = "portal.assessment"
    label = "assessment"
    verbose_name = "Self-assessment"

    def ready(self) -> None:
        from portal.assessment import selectors, signals
        from portal.assessment.services import attempts
        from portal.core import personal_data

        signals.connect()
        personal_data.register(
            "assessment_attempts", export=selectors.personal_data_of, erase=attempts.forget_person
        )
