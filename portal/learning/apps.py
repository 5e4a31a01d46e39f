from django.apps import AppConfig


class LearningConfig(AppConfig):
    name = "portal.learning"
    label = "learning"
    verbose_name = "Learning"

    def ready(self) -> None:
        from portal.core import personal_data
        from portal.learning import personal_data as learning_data

        personal_data.register(
            "learning", export=learning_data.export_of, erase=learning_data.erase
        )
