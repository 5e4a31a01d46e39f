from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "portal.news"
    label = "news"
    verbose_name = "News"
