from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "portal.core"
    label = "core"
    verbose_name = "Core"

    def ready(self) -> None:
        from django.urls import register_converter

        from portal.core import signals
        from portal.core.converters import IdConverter

        register_converter(IdConverter, "id")

        signals.connect()
